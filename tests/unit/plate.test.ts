import { describe, expect, it } from 'vitest';
import {
	apply,
	compose,
	pathRings,
	plateAt,
	transformPath,
	type ZoomTransform
} from '$lib/graphics/map/plate';
import { fitSquare } from '$lib/graphics/map/conic';
import { serverAtlas } from '$lib/server/load/atlas';

const t = (k: number, x: number, y: number): ZoomTransform => ({ k, x, y });

describe('plateAt: a frame’s width fits the plate in it, as the conic fitted to that width', () => {
	it.each([
		{ width: 390, at: t(0.0366, 12, 12) },
		{ width: 1000, at: t(0.0976, 12, 12) },
		// A frame too narrow for its margins still draws the plate, at 1 px.
		{ width: 20, at: t(0.0001, 12, 12) }
	])('$width px', ({ width, at }) => {
		const plate = plateAt(width);
		expect(plate.k).toBeCloseTo(at.k, 6);
		expect([plate.x, plate.y]).toEqual([at.x, at.y]);
	});

	it.each([320, 390, 830])('puts a point where the conic fitted to %i px puts it', (width) => {
		const onPlate = fitSquare(serverAtlas.fit, 0, 10_000);
		const onFrame = fitSquare(serverAtlas.fit, 12, width - 12);
		for (const lonLat of [
			[69.17, 34.53],
			[61.2, 31.1],
			[74.9, 37.0]
		] as [number, number][]) {
			const [x, y] = apply(plateAt(width), onPlate(lonLat)!);
			const [fx, fy] = onFrame(lonLat)!;
			expect(x).toBeCloseTo(fx, 9);
			expect(y).toBeCloseTo(fy, 9);
		}
	});
});

describe('compose: one transform after another', () => {
	it.each([
		{ outer: t(1, 0, 0), inner: t(2, 3, 4), is: t(2, 3, 4) },
		{ outer: t(2, 3, 4), inner: t(1, 0, 0), is: t(2, 3, 4) },
		{ outer: t(2, 10, 20), inner: t(0.5, 4, -6), is: t(1, 18, 8) }
	])('$outer after $inner is $is', ({ outer, inner, is }) => {
		expect(compose(outer, inner)).toEqual(is);
		const p: [number, number] = [7, -3];
		expect(apply(compose(outer, inner), p)).toEqual(apply(outer, apply(inner, p)));
	});
});

describe('transformPath: the plate’s path data moved, its points made absolute', () => {
	it.each([
		{ d: 'M10,20l5,-5l-5,0Z', by: t(1, 0, 0), is: 'M10,20L15,15L10,15Z' },
		{ d: 'M10,20l5,-5l-5,0Z', by: t(2, 100, 50), is: 'M120,90L130,80L120,80Z' },
		{ d: 'M1,1l1,1ZM-3,4l0,2Z', by: t(0.5, 0, 0), is: 'M0.5,0.5L1,1ZM-1.5,2L-1.5,3Z' },
		// To 0.01 px, each point: no rounding adds up along a line.
		{ d: 'M1,2l3,0', by: t(1 / 3, 0, 0), is: 'M0.33,0.67L1.33,0.67' },
		{ d: 'M0,0l1,0l1,0l1,0', by: t(1 / 3, 0, 0), is: 'M0,0L0.33,0L0.67,0L1,0' },
		{ d: '', by: t(2, 1, 1), is: '' }
	])('$d by $by is $is', ({ d, by, is }) => {
		expect(transformPath(d, by)).toBe(is);
	});
});

describe('pathRings: the rings of path data, points absolute', () => {
	it.each([
		{ d: 'M10,20l5,-5l-5,0Z', rings: [[10, 20, 15, 15, 10, 15]] },
		{
			d: 'M1,1l1,1ZM-3,4l0,2l1,0Z',
			rings: [
				[1, 1, 2, 2],
				[-3, 4, -3, 6, -2, 6]
			]
		},
		{ d: 'M10,20L15,15L10,15Z', rings: [[10, 20, 15, 15, 10, 15]] },
		// A mesh's lines, open.
		{
			d: 'M0,0l1,0M5,5l0,-1',
			rings: [
				[0, 0, 1, 0],
				[5, 5, 5, 4]
			]
		},
		{ d: '', rings: [] }
	])('$d', ({ d, rings }) => {
		expect(pathRings(d)).toEqual(rings);
	});
});
