import type { Words } from '$lib/i18n/words';
import type { Qualifier } from '$lib/story/types';

/**
 * A figure with the bound its source puts on it: « moins de 5 000 », "at least 32,000".
 * A bound written as a plain number would read as an exact count.
 */
export function qualified(p: { value: number; qualifier: Qualifier }, w: Words): string {
	const qualifier = w.qualifiers[p.qualifier];
	return qualifier ? `${qualifier} ${w.count(p.value)}` : w.count(p.value);
}
