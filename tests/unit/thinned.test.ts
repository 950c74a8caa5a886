import { describe, expect, it } from 'vitest';
import { thinned, type LabelBox } from '$lib/graphics/troops/labels';

const box = (x: number, anchor: LabelBox['anchor'] = 'middle'): LabelBox => ({
	x,
	y: 100,
	width: 50,
	height: 12,
	anchor
});

describe('thinned', () => {
	it.each([
		{
			name: 'labels far apart are all kept',
			input: [box(0), box(100), box(200)],
			kept: [0, 100, 200]
		},
		{
			name: 'a label running into the one before goes',
			input: [box(0), box(40), box(100)],
			kept: [0, 100]
		},
		{
			name: 'the test is against the last label kept',
			input: [box(0), box(30), box(60), box(120)],
			kept: [0, 60, 120]
		},
		{
			name: 'an inward-anchored first label counts its shift',
			input: [box(0, 'start'), box(60), box(130)],
			kept: [0, 130]
		}
	])('$name', ({ input, kept }) => {
		const copy = structuredClone(input);
		expect(thinned(input).map((b) => b.x)).toEqual(kept);
		expect(input).toEqual(copy);
	});
});
