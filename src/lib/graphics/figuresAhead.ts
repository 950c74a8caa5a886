/**
 * The next step whose key figure to draw ahead: the nearest one not on the page yet, counted from
 * the step shown (the next, the one before, the one after next…), as the troop sheets are.
 * Null once every step's figure is on the page.
 */
export function nextFigureAhead<T>(steps: readonly T[], onPage: readonly T[], shown: T): T | null {
	const from = Math.max(0, steps.indexOf(shown));
	const distance = (i: number) => (i >= from ? 2 * (i - from) : 2 * (from - i) + 1);
	let best: T | null = null;
	let bestDistance = Infinity;
	steps.forEach((step, i) => {
		if (onPage.includes(step) || distance(i) >= bestDistance) return;
		best = step;
		bestDistance = distance(i);
	});
	return best;
}
