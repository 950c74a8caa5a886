import type { MapState, ProvinceRole } from '$lib/story/types';
import type { ZoomView } from './projection';

/** A highlighted province, fading in or out. */
export interface SceneHighlight {
	iso: string;
	role: ProvinceRole;
	opacity: number;
}

/** A named town, fading in or out. */
export interface ScenePlace {
	key: string;
	opacity: number;
}

export const MAP_LAYERS = ['checkpoints', 'inset', 'provinceNames'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/**
 * Everything a map shows at one moment, as numbers and keys only, so two scenes can be
 * interpolated. Geometry and words are not in the scene.
 */
export interface MapScene {
	view: ZoomView;
	highlights: SceneHighlight[];
	places: ScenePlace[];
	layers: Record<MapLayer, number>;
}

/** The scene of a map state, given the view that frames its focus. */
export function mapScene(state: MapState, view: ZoomView): MapScene {
	const zoomed = state.focus !== 'afghanistan';
	return {
		view,
		highlights: state.highlights.map((h) => ({ iso: h.iso, role: h.role, opacity: 1 })),
		places: state.places.map((key) => ({ key, opacity: 1 })),
		layers: {
			checkpoints: state.annotations?.includes('checkpoints') ? 1 : 0,
			inset: zoomed ? 1 : 0,
			provinceNames: zoomed ? 1 : 0
		}
	};
}
