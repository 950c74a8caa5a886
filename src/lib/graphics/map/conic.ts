import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon } from 'geojson';

/** A box in projected px, `[[x0, y0], [x1, y1]]`. */
export type Bounds = [[x0: number, y0: number], [x1: number, y1: number]];

/** The maps' projection, unfitted: a Lambert conformal conic suited to Afghanistan. */
export const afghanConic = (): GeoProjection =>
	geoConicConformal().parallels([30, 37]).rotate([-67.5, 0]);

/**
 * The outline's box at scale 150 and no translation: what d3's `fitExtent` measures before it
 * scales. It projects every point of the outline (about 60 ms at 4× CPU), so `npm run data`
 * writes it into the map data once, and a fit is then a few operations (`fitSquare`).
 */
export const unitBounds = (outline: MultiPolygon): Bounds =>
	geoPath(afghanConic().scale(150).translate([0, 0])).bounds(outline);

/** The conic fitted into a square, as d3's `fitExtent` would fit the outline of `unit` bounds. */
export function fitSquare(unit: Bounds, from: number, to: number): GeoProjection {
	const [[x0, y0], [x1, y1]] = unit;
	const side = to - from;
	// d3-geo's fitExtent, its operations in the same order (the same floats to the last bit).
	const k = Math.min(side / (x1 - x0), side / (y1 - y0));
	const x = +from + (side - k * (x1 + x0)) / 2;
	const y = +from + (side - k * (y1 + y0)) / 2;
	return afghanConic()
		.scale(150 * k)
		.translate([x, y]);
}
