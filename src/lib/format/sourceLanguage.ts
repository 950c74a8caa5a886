import { frenchTypography } from './typography';

/** The language a source's title is written in, for its `lang` attribute and its typography. */
export type TitleLang = 'fr' | 'en' | 'de' | 'it' | 'pl';

const SIGNS: [TitleLang, RegExp][] = [
	['fr', /[éèêàâçùœ]|\b(les|des|du|une|pour|dans|aux|sur)\b/i],
	['de', /\b(nach|und|der|die|das|beendet)\b/i],
	['it', /\b(tra|pochi|giorni|truppe|ritiro)\b/i],
	['pl', /\b(wycofuje|wojska|Polska)\b/]
];

/**
 * The language of a source's title, from words only that language uses (titles are short, and
 * the fact base has titles in five languages).
 *
 * @example titleLang('Afghanistan : les Etats-Unis ouvrent la dernière phase') // 'fr'
 */
export function titleLang(title: string): TitleLang {
	return SIGNS.find(([, sign]) => sign.test(title))?.[0] ?? 'en';
}

/**
 * A title set by its own language's rules, whatever the edition: French spacing for a French
 * title, curly quotes and apostrophes for the others (a title is quoted as it was published).
 *
 * @example titleTypography("Threatens 'Countermeasures'", 'en') // 'Threatens ‘Countermeasures’'
 */
export function titleTypography(title: string, lang: TitleLang): string {
	if (lang === 'fr') return frenchTypography(title.replace(/"([^"]*)"/g, '« $1 »'));
	return title
		.replace(/(\p{L}|\d)'(?=\p{L})/gu, '$1’')
		.replace(/(^|[\s(])'([^']*)'/gu, '$1‘$2’')
		.replace(/(^|[\s(])"([^"]*)"/gu, '$1“$2”');
}
