/** `items` cut into runs of `size` (the last may be shorter): a piece of work per run. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
	return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, i * size + size)
	);
}
