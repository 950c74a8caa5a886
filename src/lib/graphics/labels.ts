import type { Words } from '$lib/i18n';
import type { GraphicState } from '$lib/story/types';

/** The title shown above the graphic for a state. */
export function graphicTitle(state: GraphicState, w: Words): string {
	return state.view === 'troops' ? w.chartTitles[state.chart] : w.mapTitles[state.focus];
}
