/**
 * The order drawings are made ahead in: from the item shown, the next, the one before, the one
 * after next… (the item shown first; one not in the list counts as the first item).
 */
export function nearestFirst<T>(items: readonly T[], from: T): T[] {
	const i0 = Math.max(0, items.indexOf(from));
	const distance = (i: number) => (i >= i0 ? 2 * (i - i0) : 2 * (i0 - i) + 1);
	return items
		.map((item, i) => ({ item, d: distance(i) }))
		.sort((a, b) => a.d - b.d)
		.map(({ item }) => item);
}
