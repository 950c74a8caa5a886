import { geoDistance, type GeoProjection } from 'd3-geo';
import type { Atlas } from '$lib/data/atlas';
import { mapFrames as FOCUS } from '$lib/story/mapFrames';
import type { MapFocus } from '$lib/story/types';
import type { Size } from '../size';
import { fitSquare, type Bounds } from './conic';
import { apply, fittedSide, MARGIN, plateAt, type ZoomTransform } from './plate';

export type { ZoomTransform } from './plate';

/**
 * A zoom as d3.interpolateZoom understands it: the centre `[x, y]` and the width `w` of the
 * visible area, in the px of the base projection (the whole country fitted to the frame's width).
 */
export type ZoomView = [x: number, y: number, w: number];

const projections = new WeakMap<Atlas, Map<number, GeoProjection>>();

/**
 * The maps' conic (`conic.ts`), the country fitted to the frame's width (the country is wider
 * than tall): it places the towns and measures the scale bar. The shapes are drawn from the plate
 * (`plate.ts`), which this projection would draw the same. It depends on the width only: a frame
 * that only changes height (a longer legend above it) changes just the zoom. One projection per
 * atlas and width, shared: never change it, use `fittedProjection` for one of your own.
 */
export function baseProjection(atlas: Atlas, width: number): GeoProjection {
	let byWidth = projections.get(atlas);
	if (!byWidth) projections.set(atlas, (byWidth = new Map()));
	let projection = byWidth.get(width);
	if (!projection) byWidth.set(width, (projection = fittedProjection(atlas, width)));
	return projection;
}

/** A new base projection for a width (see `baseProjection`), free to be changed. */
export function fittedProjection(atlas: Atlas, width: number): GeoProjection {
	return fitSquare(atlas.fit, MARGIN, MARGIN + fittedSide(width));
}

/** What a focus fits, in the base px of a frame this wide (from the shapes' boxes on the plate). */
function boundsOf(focus: MapFocus, atlas: Atlas, width: number): Bounds {
	const { fit } = FOCUS[focus];
	const boxes =
		fit === 'all'
			? [atlas.outline.box]
			: atlas.provinces.filter((p) => fit.includes(p.id)).map((p) => p.box);
	const plate = plateAt(width);
	return [
		apply(plate, [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))]),
		apply(plate, [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))])
	];
}

/** The view that frames a focus in a frame of this size. */
export function focusView(focus: MapFocus, atlas: Atlas, size: Size): ZoomView {
	const { fit, pad } = FOCUS[focus];
	const [[x0, y0], [x1, y1]] = boundsOf(focus, atlas, size.width);
	// The whole country keeps a margin of screen px; a closer framing, a share of its extent.
	const margin = fit === 'all' ? MARGIN : 0;
	const inner = (side: number) => Math.max(1, side - 2 * margin);
	const w =
		Math.max(
			((x1 - x0) * size.width) / inner(size.width),
			((y1 - y0) * size.width) / inner(size.height)
		) *
		(1 + 2 * pad);
	return [(x0 + x1) / 2, (y0 + y1) / 2, w];
}

/** The transform that shows a view in the frame: screen = base × k + [x, y]. */
export function zoomTransform([cx, cy, w]: ZoomView, size: Size): ZoomTransform {
	const k = size.width / w;
	return { k, x: size.width / 2 - k * cx, y: size.height / 2 - k * cy };
}

/** Kilometres per base-projection px at the frame's centre. */
export function kmPerPx(projection: GeoProjection, size: Size): number {
	const a = projection.invert?.([size.width / 2 - 50, size.height / 2]);
	const b = projection.invert?.([size.width / 2 + 50, size.height / 2]);
	if (!a || !b) return 1;
	return (geoDistance(a, b) * 6371) / 100;
}

/** A round length for a scale bar at most `maxPx` long. */
export function scaleBarKm(kmPerScreenPx: number, maxPx: number): { km: number; px: number } {
	const steps = [5, 10, 20, 25, 50, 100, 200, 250, 500];
	const km = steps.filter((s) => s / kmPerScreenPx <= maxPx).at(-1) ?? steps[0]!;
	return { km, px: km / kmPerScreenPx };
}
