import type { TroopChartData } from '$lib/data/chartData';
import type { TroopsState } from '$lib/story/types';
import type { Size } from '../size';

/** What a troop step is drawn from, on the page (TroopChart) as in a static figure (TroopFigure). */
export interface TroopProps {
	/** The step's graphic state. */
	chart: TroopsState;
	/** The troop charts' data. */
	data: TroopChartData;
	/** The chart's box, px. */
	size: Size;
}
