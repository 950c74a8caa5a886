import { describe, expect, it } from 'vitest';
import { isAddressBarResize } from '$lib/engine/viewport';

describe('isAddressBarResize', () => {
	it.each([
		{
			name: 'touch, height only (address bar)',
			prev: [390, 844],
			next: [390, 780],
			coarse: true,
			expected: true
		},
		{ name: 'touch, rotation', prev: [390, 844], next: [844, 390], coarse: true, expected: false },
		{
			name: 'mouse, height only (window resize)',
			prev: [1440, 900],
			next: [1440, 700],
			coarse: false,
			expected: false
		},
		{
			name: 'mouse, width change',
			prev: [1440, 900],
			next: [1000, 900],
			coarse: false,
			expected: false
		}
	])('$name → $expected', ({ prev, next, coarse, expected }) => {
		const size = ([width, height]: number[]) => ({ width: width!, height: height! });
		expect(isAddressBarResize(size(prev), size(next), coarse)).toBe(expected);
	});
});
