import { en } from './en';
import { fr } from './fr';
import { wordsKey } from './index';
import type { Lang } from './langs';
import type { Words } from './words';

// Every edition's words, for the server and the tests. Apart from `index.ts`: a page's code imports
// its own edition's words only (its route passes them to the story page), and an import of both
// here would put both in every page's first load.
const dictionaries: Record<Lang, Words> = { fr, en };

/** The words of an edition. */
export const wordsFor = (lang: Lang): Words => dictionaries[lang];

/** The context a component rendered on its own needs (figures, tests): `render(C, { props, context })`. */
export const wordsContext = (lang: Lang) => new Map([[wordsKey, wordsFor(lang)]]);
