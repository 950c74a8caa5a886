import { nearestFirst } from './nearestFirst';

/**
 * The next step whose key figure to draw ahead: the nearest one not on the page yet, counted from
 * the step shown (`nearestFirst`, as the troop sheets are). Null once every step's figure is on
 * the page.
 */
export function nextFigureAhead<T>(steps: readonly T[], onPage: readonly T[], shown: T): T | null {
	return nearestFirst(steps, shown).find((step) => !onPage.includes(step)) ?? null;
}
