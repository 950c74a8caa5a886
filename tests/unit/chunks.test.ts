import { describe, expect, it } from 'vitest';
import { chunks, chunksByWeight } from '$lib/chunks';

describe('chunks', () => {
	it.each([
		{ items: [], size: 3, runs: [] },
		{ items: [1, 2, 3], size: 3, runs: [[1, 2, 3]] },
		{ items: [1, 2, 3, 4], size: 3, runs: [[1, 2, 3], [4]] }
	])('$items in runs of $size', ({ items, size, runs }) => {
		expect(chunks(items, size)).toEqual(runs);
	});
});

describe('chunksByWeight: runs of at most a budget, in order', () => {
	const self = (n: number) => n;
	it.each([
		{ items: [], budget: 10, runs: [] },
		{ items: [3, 3, 3], budget: 10, runs: [[3, 3, 3]] },
		{ items: [4, 4, 4], budget: 10, runs: [[4, 4], [4]] },
		{ items: [5, 5, 5], budget: 10, runs: [[5, 5], [5]] },
		// Heavier than the budget: a run of its own, and the runs around it are not merged into it.
		{ items: [2, 30, 2], budget: 10, runs: [[2], [30], [2]] },
		{ items: [30], budget: 10, runs: [[30]] }
	])('$items within $budget', ({ items, budget, runs }) => {
		expect(chunksByWeight(items, self, budget)).toEqual(runs);
	});
});
