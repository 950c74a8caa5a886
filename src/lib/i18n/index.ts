import { getContext, hasContext, setContext } from 'svelte';
import type { Words } from './words';

export { DEFAULT_LANG, LANGS, LANG_TAGS, isLang, langPath, type Lang } from './langs';
export type { Words } from './words';

/** The words' context key (`editions.ts` sets it for a component rendered on its own). */
export const wordsKey = Symbol('words');

/**
 * The page's words, for every component below the story page (which sets them once from the
 * page's language): `const w = words();`.
 */
export function words(): Words {
	if (!hasContext(wordsKey)) throw new Error('words() needs a parent that called setWords()');
	return getContext<Words>(wordsKey);
}

export const setWords = (w: Words): Words => setContext(wordsKey, w);
