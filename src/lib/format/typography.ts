/** Narrow no-break space (U+202F): before ; ! ? and inside « », and between digit groups. */
export const NNBSP = '\u202f';
/** No-break space (U+00A0): before the colon, as French typography prefers. */
export const NBSP = '\u00a0';

const SPACE = '[ \\u00a0\\u202f]';
const MONTHS =
	'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** `1er mai`, `11 septembre`: the day never ends a line without its month. */
const MONTH_AFTER_DAY = new RegExp(`\\b(\\d{1,2}(?:er)?) (${MONTHS})\\b`, 'g');

/**
 * Applies French typography to a line of copy, so editors can type ordinary spaces.
 *
 * @example frenchTypography('Pourquoi ? « Oui »') // 'Pourquoi\u202f? «\u202fOui\u202f»'
 */
export function frenchTypography(text: string): string {
	return text
		.replace(/(\p{L})'(?=\p{L})/gu, '$1’')
		.replace(
			new RegExp(`([^\\s\\u00a0\\u202f!?;:])${SPACE}?([;!?])(?=[\\s»)!?]|$)`, 'g'),
			`$1${NNBSP}$2`
		)
		.replace(new RegExp(`([^\\s\\u00a0\\u202f!?;:])${SPACE}?:(?=\\s|$)`, 'g'), `$1${NBSP}:`)
		.replace(new RegExp(`«${SPACE}*`, 'g'), `«${NNBSP}`)
		.replace(new RegExp(`${SPACE}*»`, 'g'), `${NNBSP}»`)
		.replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NNBSP}`)
		.replace(MONTH_AFTER_DAY, `$1${NBSP}$2`)
		.replace(/\b(\d{1,2})-(Septembre)\b/g, '$1\u2011$2');
}
