import { geoCentroid, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { baseProjection } from '$lib/graphics/map/projection';
import { compose, pathRings, plateAt, type ZoomTransform } from '$lib/graphics/map/plate';
import { plateShapes, zoomedShapes } from '$lib/graphics/map/shapes';
import { serverAtlas as atlas } from '$lib/server/load/atlas';
import { geography } from './helpers/geography';

/** The box of path data's points, moved by `t`. */
function boxOf(d: string, t: ZoomTransform = { k: 1, x: 0, y: 0 }) {
	const xy = pathRings(d).flat();
	const xs = xy.filter((_, i) => i % 2 === 0).map((x) => x * t.k + t.x);
	const ys = xy.filter((_, i) => i % 2 === 1).map((y) => y * t.k + t.y);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const expectClose = (a: number[], b: number[], tolerance: number) =>
	a.forEach((n, i) => expect(Math.abs(n - b[i]!)).toBeLessThanOrEqual(tolerance));

describe('map shapes', () => {
	it('are listed once per atlas, on the plate', () => {
		const shapes = plateShapes(atlas);
		expect(shapes.provinces).toHaveLength(34);
		expect(plateShapes(atlas)).toBe(shapes);
		expect(shapes.provinces[0]).toEqual({ iso: atlas.provinces[0]!.id, d: atlas.provinces[0]!.d });
	});

	// A plate px is 0.037 screen px at 390 px and 0.08 at 830: the plate draws what projecting
	// each shape for the frame draws, to a tenth of a px.
	it.each([320, 358, 830])(
		'under plateAt(%i), draw what the base projection for that width draws',
		(width) => {
			const path = geoPath(baseProjection(atlas, width));
			const onFrame = plateAt(width);
			const flat = (b: [number, number][]) => b.flat();
			geography.provinces.forEach((p, i) =>
				expectClose(boxOf(atlas.provinces[i]!.d, onFrame), flat(path.bounds(p)), 0.1)
			);
			geography.neighbours.forEach((n, i) =>
				expectClose(boxOf(atlas.neighbours[i]!.d, onFrame), flat(path.bounds(n)), 0.1)
			);
			expectClose(boxOf(atlas.outline.d, onFrame), flat(path.bounds(geography.outline)), 0.1);
			expectClose(boxOf(atlas.borders, onFrame), flat(path.bounds(geography.borders)), 0.1);
		}
	);

	it('keep each province’s box on the plate, to the plate px', () => {
		for (const p of atlas.provinces) expectClose(p.box.flat(), boxOf(p.d), 1);
		expectClose(atlas.outline.box.flat(), boxOf(atlas.outline.d), 1);
	});

	it('give each province its spherical centroid, where its name goes', () => {
		geography.provinces.forEach((p, i) =>
			expectClose(atlas.provinces[i]!.centroid, geoCentroid(p), 1e-4)
		);
	});

	it.each([
		{ width: 358, zoom: { k: 1, x: 0, y: 0 } },
		{ width: 358, zoom: { k: 3, x: -200, y: -100 } },
		{ width: 830, zoom: { k: 5.5, x: -1900, y: -700 } }
	])(
		'at a zoom ($width px, ×$zoom.k) are moved where the zoom shows them, for the cards',
		({ width, zoom }) => {
			const zoomed = zoomedShapes(atlas, width, zoom);
			const t = compose(zoom, plateAt(width));
			zoomed.provinces.forEach((p, i) =>
				expectClose(boxOf(p.d), boxOf(atlas.provinces[i]!.d, t), 0.01)
			);
			expectClose(boxOf(zoomed.outline), boxOf(atlas.outline.d, t), 0.01);
			expectClose(boxOf(zoomed.borders), boxOf(atlas.borders, t), 0.01);
			expect(zoomed.neighbours.map((n) => n.id)).toEqual(atlas.neighbours.map((n) => n.id));
		}
	);
});
