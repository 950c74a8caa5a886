import { getContext, hasContext, setContext } from 'svelte';
import { en } from './en';
import { fr } from './fr';
import type { Lang } from './langs';
import type { Words } from './words';

export { DEFAULT_LANG, LANGS, LANG_TAGS, isLang, langPath, type Lang } from './langs';
export type { Words } from './words';

const dictionaries: Record<Lang, Words> = { fr, en };

/** The words of an edition. */
export const wordsFor = (lang: Lang): Words => dictionaries[lang];

const KEY = Symbol('words');

/**
 * The page's words, for every component below the story page (which sets them once from the
 * page's language): `const w = words();`.
 */
export function words(): Words {
	if (!hasContext(KEY)) throw new Error('words() needs a parent that called setWords()');
	return getContext<Words>(KEY);
}

export const setWords = (w: Words): Words => setContext(KEY, w);

/** The context a component rendered on its own needs (tests): `render(C, { props, context })`. */
export const wordsContext = (lang: Lang) => new Map([[KEY, wordsFor(lang)]]);
