/**
 * The house typography, as a check over any string a reader sees: French rules for French
 * strings, English ones for English strings. Used on the built site (`tests/browser/siteCopy`)
 * and on the share cards, so a slip fails the build with its page, string and rule.
 */

/** One broken rule in one string. */
export interface Slip {
	rule: string;
	/** The offending bit, with a little context, spaces made visible. */
	excerpt: string;
}

/** Where a string's language has no rules here (a German title), nothing is checked. */
export type CheckedLang = 'fr' | 'en';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Bits a rule never applies to: addresses, clock times, file names, code-like identifiers. */
const EXCEPTIONS = [
	/\bhttps?:\/\/\S+/g,
	/\b[\w.-]+@[\w.-]+\.\w+/g,
	/\b\d{1,2}:\d{2}\b/g, // clock times, 23:59
	/\b[A-Z]{2,}[\w-]*:[A-Z]{2}\b/g // ISO 3166-2:AF
];

interface Rule {
	name: string;
	pattern: RegExp;
}

const COMMON: Rule[] = [
	{ name: 'straight apostrophe (’)', pattern: /'/g },
	{ name: 'straight quotation mark', pattern: /"/g },
	{ name: 'ungrouped digits (5 or more)', pattern: /(?<![\w.,\u202f])\d{5,}(?![\w.,\u202f])/g }
];

const RULES: Record<CheckedLang, Rule[]> = {
	fr: [
		...COMMON,
		{ name: 'no-break space (U+00A0) before « : »', pattern: /(?<!\u00a0):(?=\s|$)/g },
		{
			name: 'narrow no-break space (U+202F) before ; ! ?',
			// After a word, or after an ordinary or no-break space; a lone « ? » (a symbol) is no slip.
			pattern: /(?<=[^\s?!])[;!?]|(?<=[ \u00a0])[;!?]/g
		},
		{ name: 'narrow no-break space (U+202F) after «', pattern: /«(?!\u202f)/g },
		{ name: 'narrow no-break space (U+202F) before »', pattern: /(?<!\u202f)»/g },
		{
			name: 'digit groups separated by a narrow no-break space (U+202F)',
			pattern: /\b\d{1,3}(?:[ ,.\u00a0]\d{3})+\b(?![.,]\d)/g
		},
		{ name: '« 1er », not 1st or 1ᵉʳ', pattern: /\b1(?:st|ᵉʳ|°| er)\b/g },
		{ name: 'English punctuation in French: “ ”', pattern: /[“”]/g }
	],
	en: [
		...COMMON,
		{ name: 'no space before : ; ! ?', pattern: /[ \u00a0\u202f][:;!?](?=\s|$)/g },
		{
			name: 'digit groups separated by a comma',
			pattern: /\b\d{1,3}(?:[ \u00a0\u202f.]\d{3})+\b/g
		},
		{ name: 'French quotation marks « » in English', pattern: /[«»]/g },
		{ name: 'period or comma inside the closing quote (US style)', pattern: /”[.,]/g }
	]
};

const visible = (s: string) => s.replaceAll(NBSP, '⍽').replaceAll(NNBSP, '·');

/**
 * The rules a string breaks.
 *
 * @example typographySlips('Bilan : lourd', 'fr') // [{ rule: 'no-break space (U+00A0) before « : »', excerpt: 'Bilan : lourd' }]
 */
export function typographySlips(text: string, lang: CheckedLang): Slip[] {
	const blanked = EXCEPTIONS.reduce(
		(s, pattern) => s.replace(pattern, (m) => '\u0000'.repeat(m.length)),
		text
	);
	const slips: Slip[] = [];
	for (const { name, pattern } of RULES[lang]) {
		for (const match of blanked.matchAll(pattern)) {
			const at = match.index;
			slips.push({
				rule: name,
				excerpt: visible(text.slice(Math.max(0, at - 20), at + match[0].length + 20))
			});
		}
	}
	return slips;
}
