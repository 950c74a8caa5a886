/** The story's editions: French first (at the site's root), English under `/en/`. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The edition served at the site's root. */
export const DEFAULT_LANG: Lang = 'fr';

/** An edition's path segment: '' for French, '/en' for English. */
export const langPath = (lang: Lang): '' | `/${Lang}` => (lang === DEFAULT_LANG ? '' : `/${lang}`);

/** Language tags: for `<html lang>`/`hreflang`, schema.org (`fr-FR`) and Open Graph (`fr_FR`). */
export const LANG_TAGS = {
	fr: { html: 'fr', bcp47: 'fr-FR', og: 'fr_FR' },
	en: { html: 'en', bcp47: 'en-US', og: 'en_US' }
} as const satisfies Record<Lang, { html: string; bcp47: string; og: string }>;

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);
