import { describe, expect, it } from 'vitest';
import { scaleBarBox, scaleBarCorner, type ScaleCorner } from '$lib/graphics/map/labelLayout';

const size = { width: 400, height: 300 };
const half = size.width / 2;

describe('scaleBarCorner: the bottom corner whose bar covers least of the story', () => {
	const cases: { name: string; covers: (x: number, y: number) => number; corner: ScaleCorner }[] = [
		{ name: 'both corners on open ground: left', covers: () => 0, corner: 'left' },
		{ name: 'both on the country alike: left', covers: () => 1, corner: 'left' },
		{
			name: 'left on a highlighted province, right on the country: right',
			covers: (x) => (x < half ? 2 : 1),
			corner: 'right'
		},
		{
			name: 'left on the country, right on a highlighted province: left',
			covers: (x) => (x < half ? 1 : 2),
			corner: 'left'
		},
		{
			name: 'left on the country, right on open ground: right',
			covers: (x) => (x < half ? 1 : 0),
			corner: 'right'
		},
		{
			name: 'a highlighted province under part of the left bar outweighs the country under all the right one',
			covers: (x) => (x < 30 ? 2 : x < half ? 0 : 1),
			corner: 'right'
		}
	];
	it.each(cases)('$name', ({ covers, corner }) => {
		expect(scaleBarCorner(size, covers)).toBe(corner);
	});

	it.each(['left', 'right'] as const)('the %s box lies in the frame, at its bottom', (corner) => {
		const box = scaleBarBox(size, corner);
		expect(box.x0).toBeGreaterThanOrEqual(0);
		expect(box.x1).toBeLessThanOrEqual(size.width);
		expect(box.y1).toBe(size.height);
		expect(corner === 'left' ? box.x0 : size.width - box.x1).toBe(0);
	});
});
