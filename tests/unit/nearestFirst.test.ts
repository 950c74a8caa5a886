import { describe, expect, it } from 'vitest';
import { nearestFirst } from '../../src/lib/graphics/nearestFirst';

const items = ['a', 'b', 'c', 'd', 'e'];

describe('nearestFirst', () => {
	it.each([
		{ from: 'a', order: ['a', 'b', 'c', 'd', 'e'] },
		{ from: 'c', order: ['c', 'd', 'b', 'e', 'a'] },
		{ from: 'e', order: ['e', 'd', 'c', 'b', 'a'] },
		{ from: 'z', order: ['a', 'b', 'c', 'd', 'e'] }
	])('from $from: $order', ({ from, order }) => {
		expect(nearestFirst(items, from)).toEqual(order);
	});
});
