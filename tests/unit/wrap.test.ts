import { describe, expect, it } from 'vitest';
import { wrapLines } from '$lib/server/render/svgText';
import { wrap } from '$lib/graphics/troops/wrap';

const text =
	'Le New York Times faisait état d’environ 3\u202f500 soldats en mars 2021, selon\u00a0lui';

describe.each([
	['wrap (charts)', (width: number) => wrap(text, width, 12)],
	['wrapLines (share cards)', (width: number) => wrapLines(text, width, 12, 'sans')]
])('%s', (_name, lines) => {
	it.each([60, 90, 120, 200])('never breaks a line at a no-break space (%i px)', (width) => {
		const result = lines(width);
		expect(result.join(' ')).toBe(text);
		for (const line of result) {
			expect(line.startsWith('500')).toBe(false);
			expect(line.startsWith('lui')).toBe(false);
		}
	});
});

it('wrapLines cuts at the last line with an ellipsis', () => {
	expect(wrapLines('un deux trois quatre cinq six', 40, 10, 'sans', 2)).toEqual([
		'un deux',
		'trois …'
	]);
});
