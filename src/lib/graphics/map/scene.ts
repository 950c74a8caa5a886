import type { MapFocus, MapState, ProvinceRole } from '$lib/story/types';
import type { ZoomView } from './projection';

/** A highlighted province and its role. */
export interface SceneHighlight {
	iso: string;
	role: ProvinceRole;
}

export const MAP_LAYERS = ['checkpoints', 'inset', 'provinceNames'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/**
 * Everything a map shows, as numbers and keys only: the view, the highlighted provinces, the
 * towns named and the layers shown. Geometry and words are not in the scene.
 */
export interface MapScene {
	/** What the view frames (the view itself depends on the frame's size). */
	focus: MapFocus;
	view: ZoomView;
	highlights: SceneHighlight[];
	/** Keys of the towns named. */
	places: string[];
	/** Keys of the towns whose name goes left of the dot. */
	labelsLeft: string[];
	/** Key of the town the checkpoint ring surrounds (with the `checkpoints` layer). */
	ring: string | null;
	/** Provinces named at every zoom (ISO 3166-2); with `provinceNames`, all are. */
	named: string[];
	layers: Record<MapLayer, boolean>;
}

/** The scene of a map state, given the view that frames its focus. */
export function mapScene(state: MapState, view: ZoomView): MapScene {
	const zoomed = state.focus !== 'afghanistan';
	return {
		focus: state.focus,
		view,
		highlights: state.highlights.map((h) => ({ iso: h.iso, role: h.role })),
		places: [...state.places],
		labelsLeft: [...(state.labelsLeft ?? [])],
		ring: state.ringAround ?? null,
		named: [...(state.provincesNamed ?? [])],
		layers: {
			checkpoints: state.annotations?.includes('checkpoints') ?? false,
			inset: zoomed,
			provinceNames: zoomed
		}
	};
}

const sameHighlight = (a: SceneHighlight, b: SceneHighlight) =>
	a.iso === b.iso && a.role === b.role;

/**
 * The highlights of a change from one scene to the next, in three sets: those both show
 * (they stay put), those only the new one shows (they fade in) and those only the old one
 * showed (they fade out). A province whose role changes leaves in its old look and enters in
 * its new one.
 */
export function highlightChange(from: readonly SceneHighlight[], to: readonly SceneHighlight[]) {
	return {
		kept: to.filter((h) => from.some((f) => sameHighlight(f, h))),
		entering: to.filter((h) => !from.some((f) => sameHighlight(f, h))),
		leaving: from.filter((h) => !to.some((t) => sameHighlight(t, h)))
	};
}
export type HighlightChange = ReturnType<typeof highlightChange>;
