import { describe, expect, it } from 'vitest';
import { partsInOrder } from '$lib/fonts/webFonts';

describe('partsInOrder: the web fonts are switched on where the reader looks first', () => {
	it.each([
		{
			name: 'what is in view first, then the rest in page order',
			parts: ['header', 'graphic', 'card 1', 'card 2', 'sources'],
			inView: ['graphic', 'card 2'],
			order: ['graphic', 'card 2', 'header', 'card 1', 'sources']
		},
		{
			name: 'nothing in view (a page opened far down): page order',
			parts: ['a', 'b', 'c'],
			inView: [],
			order: ['a', 'b', 'c']
		},
		{ name: 'a page without parts: its body, at once', parts: [], inView: [], order: ['body'] }
	])('$name', ({ parts, inView, order }) => {
		expect(partsInOrder(parts, (part) => inView.includes(part), 'body')).toEqual(order);
	});
});
