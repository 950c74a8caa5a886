import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/server/render/textWidth';
import { labelBoxes } from '../helpers/svgLabels';

/** The labels' checks read positions through the figures' transforms: a wrong box hides a clip. */
describe('labelBoxes', () => {
	const w = textWidth('Kaboul', 10, 'sans');
	const wrap = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
	it.each([
		['at its x and y', '<text x="10" y="20" font-size="10">Kaboul</text>', [10, 12.5, 1]],
		[
			'through a translate',
			'<g transform="translate(100,50)"><text x="10" y="20" font-size="10">Kaboul</text></g>',
			[110, 62.5, 1]
		],
		[
			'through a translate and a scale',
			'<g transform="translate(100,50) scale(2)"><text x="10" y="20" font-size="10">Kaboul</text></g>',
			[120, 75, 2]
		],
		[
			'through a scale then a nested svg',
			'<g transform="scale(1.5)"><svg x="10" y="10"><text x="10" y="20" font-size="10">Kaboul</text></svg></g>',
			[30, 33.75, 1.5]
		]
	] as const)('places a label %s', (_, inner, [left, top, k]) => {
		const [box] = labelBoxes(wrap(inner));
		expect(box!.left).toBeCloseTo(left, 6);
		expect(box!.top).toBeCloseTo(top, 6);
		expect(box!.right - box!.left).toBeCloseTo(k * w, 6);
		expect(box!.bottom - box!.top).toBeCloseTo(k * 10, 6);
	});
});
