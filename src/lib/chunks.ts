/** `items` cut into runs of `size` (the last may be shorter): a piece of work per run. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
	return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, i * size + size)
	);
}

/**
 * `items` cut, in order, into runs whose weights add up to at most `budget` (an item heavier than
 * that makes a run of its own): a piece of work per run, when items cost unequal amounts.
 */
export function chunksByWeight<T>(
	items: readonly T[],
	weight: (item: T) => number,
	budget: number
): T[][] {
	const runs: T[][] = [];
	let run: T[] = [];
	let total = 0;
	for (const item of items) {
		const w = weight(item);
		if (run.length > 0 && total + w > budget) {
			runs.push(run);
			run = [];
			total = 0;
		}
		run.push(item);
		total += w;
	}
	if (run.length > 0) runs.push(run);
	return runs;
}
