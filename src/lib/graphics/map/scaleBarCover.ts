import type { GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Atlas } from '$lib/data/atlas';
import type { ZoomTransform } from './projection';

/** A ring in the projection's plane, with its bounding box. */
interface Ring {
	xy: Float64Array;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

const MAX_POINTS = 120;

/** Shapes' rings in a projection's plane, made once per projection and shape. */
const planes = new WeakMap<GeoProjection, WeakMap<object, Ring[]>>();

function ringsOf(shape: Polygon | MultiPolygon, projection: GeoProjection): Ring[] {
	let plane = planes.get(projection);
	if (!plane) planes.set(projection, (plane = new WeakMap()));
	let rings = plane.get(shape);
	if (rings) return rings;
	const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
	rings = polygons.flat().map((full) => {
		// A corner's choice needs the shape's rough outline only: at most about MAX_POINTS a ring.
		const every = Math.max(1, Math.floor(full.length / MAX_POINTS));
		const ring = full.filter((_, i) => i % every === 0);
		const xy = new Float64Array(ring.length * 2);
		let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
		ring.forEach((lonLat, i) => {
			const [x, y] = projection(lonLat as [number, number]) ?? [NaN, NaN];
			xy[2 * i] = x;
			xy[2 * i + 1] = y;
			[x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
		});
		return { xy, x0, x1, y0, y1 };
	});
	plane.set(shape, rings);
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
 * highlighted province, 1 the rest of the country, 0 elsewhere. Tested in the projection's plane
 * (the shapes' outlines thinned and projected once, straight edges between their points): a few
 * microseconds a point.
 */
export function scaleBarCover(
	atlas: Atlas,
	highlighted: readonly string[],
	projection: GeoProjection,
	zoom: ZoomTransform
): (x: number, y: number) => number {
	const provinces = atlas.provinces
		.filter((p) => highlighted.includes(p.id))
		.map((p) => ringsOf(p.geometry, projection));
	const country = ringsOf(atlas.outline, projection);
	return (x, y) => {
		const [px, py] = [(x - zoom.x) / zoom.k, (y - zoom.y) / zoom.k];
		if (provinces.some((rings) => inside(rings, px, py))) return 2;
		return inside(country, px, py) ? 1 : 0;
	};
}
