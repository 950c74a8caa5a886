import type { Atlas } from '$lib/data/atlas';
import { pathRings, type ZoomTransform } from './plate';

/** A ring on the plate, with its bounding box. */
interface Ring {
	xy: Float64Array;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

const MAX_POINTS = 120;

/** Shapes' rings, made once per shape. */
const made = new WeakMap<{ d: string }, Ring[]>();

function ringsOf(shape: { d: string }): Ring[] {
	let rings = made.get(shape);
	if (rings) return rings;
	rings = pathRings(shape.d).map((full) => {
		// A corner's choice needs the shape's rough outline only: at most about MAX_POINTS a ring.
		const every = Math.max(1, Math.floor(full.length / 2 / MAX_POINTS));
		const xy = new Float64Array(Math.ceil(full.length / 2 / every) * 2);
		let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
		for (let i = 0, j = 0; i < full.length; i += 2 * every, j += 2) {
			const x = (xy[j] = full[i]!);
			const y = (xy[j + 1] = full[i + 1]!);
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
		}
		return { xy, x0, x1, y0, y1 };
	});
	made.set(shape, rings);
	return rings;
}

/** Whether a point of the plane lies inside the rings (even-odd: holes count out). */
function inside(rings: Ring[], x: number, y: number): boolean {
	let odd = false;
	for (const r of rings) {
		if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) continue;
		const { xy } = r;
		for (let i = 0, j = xy.length - 2; i < xy.length; j = i, i += 2) {
			const [xi, yi, xj, yj] = [xy[i]!, xy[i + 1]!, xy[j]!, xy[j + 1]!];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
		}
	}
	return odd;
}

/**
 * What a point of the screen lies on, for the scale bar's corner (`scaleBarCorner`): 2 a
 * highlighted province, 1 the rest of the country, 0 elsewhere. Tested on the plate (the shapes'
 * outlines thinned once, straight edges between their points), which `onScreen` puts on the
 * screen: a few microseconds a point.
 */
export function scaleBarCover(
	atlas: Atlas,
	highlighted: readonly string[],
	onScreen: ZoomTransform
): (x: number, y: number) => number {
	const provinces = atlas.provinces.filter((p) => highlighted.includes(p.id)).map(ringsOf);
	const country = ringsOf(atlas.outline);
	return (x, y) => {
		const [px, py] = [(x - onScreen.x) / onScreen.k, (y - onScreen.y) / onScreen.k];
		if (provinces.some((rings) => inside(rings, px, py))) return 2;
		return inside(country, px, py) ? 1 : 0;
	};
}
