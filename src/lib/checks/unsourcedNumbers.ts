import type { CheckedLang, Slip } from './typographySlips';

/** How a source bounds a figure; `exact` is a figure as stated. */
export type FactQualifier = 'exact' | 'about' | 'at_least' | 'under';

/** A figure from a data row, with its bound: what a number on the page may stand for. */
export interface Fact {
	value: number;
	qualifier: FactQualifier;
	/** File and key of the row, for the error message. */
	row: string;
}

/** The words each bound is written with, just before the figure (or before a range it ends). */
const BOUNDS: Record<CheckedLang, Record<Exclude<FactQualifier, 'exact'>, RegExp>> = {
	fr: {
		about: /(?:environ|quelque|près de|plus ou moins)\s$/i,
		at_least: /(?:au moins|plus de)\s$/i,
		under: /moins de\s$/i
	},
	en: {
		about: /(?:about|around|roughly|some|nearly|approximately|~)\s?$/i,
		at_least: /(?:at least|more than|just over|over)\s$/i,
		under: /(?:under|less than|fewer than|below)\s$/i
	}
};

const MONTHS: Record<CheckedLang, string> = {
	fr: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
	en: 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.'
};

/** Numbers that are no figure: dates, step numbers, chart keys and scales, citation details. */
function exceptions(lang: CheckedLang): RegExp[] {
	const months = MONTHS[lang];
	return [
		/\bhttps?:\/\/\S+/g,
		/\b\d{1,2}:\d{2}\b/g,
		new RegExp(`\\b\\d{1,2}(?:er)?[\\s\\u00a0\\u202f](?:${months})`, 'gi'), // 1er mai
		new RegExp(`(?:${months})[\\s\\u00a0\\u202f]\\d{1,2}\\b`, 'g'), // May 1
		/\b(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?\b/g, // years, 2010-2011
		/\b11[-‑]Septembre\b|\b9\/11\b/g,
		/(?:Étape|ÉTAPE|Step|STEP) \d+(?: (?:sur|SUR|of|OF) \d+)?/g,
		/\b\d+[\s\u00a0\u202f]?px\b/g, // a width in the embed preview
		/\b1[ \u00a0](?:carré|square)\s?=\s?[\d\u202f,]+/g, // a chart's key
		/\b[\d\u202f,]+[\s\u00a0\u202f]?km\b/g, // a scale bar
		/\bISO 3166(?:-\d)?(?::[A-Z]{2})?/g,
		/\b\d+(?:\.\d+)+\b/g, // versions
		/\bCC BY \d\.\d\b/g,
		/\b(?:Admin|R|cities)\s?\d+/g
	];
}

const NUMBER: Record<CheckedLang, RegExp> = {
	fr: /\d{1,3}(?:\u202f\d{3})+|\d+/g,
	en: /\d{1,3}(?:,\d{3})+|\d+/g
};

/**
 * Numbers in a string that no data row backs, or that drop the bound their rows put on them
 * (« 5 000 » for a row that says « under 5,000 »).
 *
 * @example unsourcedNumbers('environ 100 000 soldats', 'fr', facts) // [] when a row gives about 100,000
 */
export function unsourcedNumbers(text: string, lang: CheckedLang, facts: readonly Fact[]): Slip[] {
	const blanked = exceptions(lang).reduce(
		(s, pattern) => s.replace(pattern, (m) => ' '.repeat(m.length)),
		text
	);
	const slips: Slip[] = [];
	for (const match of blanked.matchAll(NUMBER[lang])) {
		const value = Number(match[0].replace(/[^\d]/g, ''));
		const rows = facts.filter((f) => f.value === value);
		const excerpt = text.slice(Math.max(0, match.index - 25), match.index + match[0].length + 15);
		if (!rows.length) {
			slips.push({ rule: `${match[0]}: no data row gives this figure`, excerpt });
			continue;
		}
		if (rows.some((r) => r.qualifier === 'exact')) continue;
		const before = rangeStart(text.slice(0, match.index), lang);
		const bounds = new Set(rows.map((r) => r.qualifier as Exclude<FactQualifier, 'exact'>));
		if (![...bounds].some((q) => BOUNDS[lang][q].test(before)))
			slips.push({
				rule: `${match[0]}: the data says ${[...bounds].join(' or ')} (${rows[0]!.row}), the page does not`,
				excerpt
			});
	}
	return slips;
}

/** The words before a range's first figure, for its second (« environ 12 000 à 13 000 »). */
function rangeStart(before: string, lang: CheckedLang): string {
	const range = lang === 'fr' ? /[\d\u202f]+ (?:à|et) $/ : /[\d,]+ (?:to|and) $/;
	const m = range.exec(before);
	return m ? before.slice(0, m.index) : before;
}
