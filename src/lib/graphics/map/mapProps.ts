import type { Atlas, MapPlace } from '$lib/data/atlas';
import type { MapState, ProvinceRole } from '$lib/story/types';
import type { Size } from '../size';
import type { ZoomTransform } from './projection';
import type { HighlightChange } from './scene';

/** What a map step is drawn from, on the page (MapChart) as in a static figure (MapFigure). */
export interface MapProps {
	/** The step's graphic state. */
	map: MapState;
	atlas: Atlas;
	/** Every town a step may name. */
	places: MapPlace[];
	/** The picture's box, px. */
	size: Size;
}

/** The provinces' sheets, on the page (Provinces, in its zoom layer) as in a figure (ProvinceSheets). */
export interface ProvinceSheetsProps {
	atlas: Atlas;
	/** The frame's width: the shapes are projected for it (see shapes.ts). */
	width: number;
	size: Size;
	/** The zoom the shapes are drawn at: their lines have their set weight there. */
	drawn: ZoomTransform;
	/** The highlights, as the last change left them (see highlightChange). */
	highlights: HighlightChange;
	/** Highlights of the step's state, written on the provinces for readers' tools and tests. */
	roles: readonly { iso: string; role: ProvinceRole }[];
	/** The sheets a move animates (see mapMove.ts). */
	entering?: SVGSVGElement;
	leaving?: SVGSVGElement;
}
