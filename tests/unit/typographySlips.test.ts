import { describe, expect, it } from 'vitest';
import { typographySlips, type CheckedLang } from '$lib/checks/typographySlips';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('typographySlips: strings that keep the rules', () => {
	it.each<[CheckedLang, string]>([
		['fr', `1er${NBSP}mai 2021${NBSP}: 2${NNBSP}500`],
		['fr', `schéma${NBSP}: positions inconnues`],
		['fr', `Pourquoi${NNBSP}? Vraiment${NNBSP}!`],
		['fr', `un${NNBSP}; deux`],
		['fr', `des «${NNBSP}contre-mesures${NNBSP}»`],
		['fr', `environ 100${NNBSP}000 soldats`],
		['fr', 'l’Otan, en 2010-2011'],
		['fr', 'à 23:59 heure locale'],
		['fr', 'https://example.org/a?b=1&c=2 : voir'.replace(' :', `${NBSP}:`)],
		['fr', 'ISO 3166-2:AF (codes et noms)'],
		['fr', 'datamaps 0.5.10, CC BY 4.0, cities15000, R44116'],
		['fr', '? au moins quatre autres provinces'],
		['fr', `Quoi${NNBSP}?!`],
		['en', 'May 1, 2021: 2,500'],
		['en', 'Why? Really!'],
		['en', 'threatened “countermeasures.”'],
		['en', '“Title,” May 1, 2021.'],
		['en', 'NATO’s mission, about 100,000 troops'],
		['en', 'at 3:29 pm']
	])('%s %j', (lang, text) => {
		expect(typographySlips(text, lang)).toEqual([]);
	});
});

describe('typographySlips: strings that break one', () => {
	it.each<[CheckedLang, string, string]>([
		['fr', '1er mai 2021 : 2 500', 'no-break space (U+00A0) before « : »'],
		['fr', 'schéma: positions inconnues', 'no-break space (U+00A0) before « : »'],
		['fr', `objectif${NNBSP}: 0`, 'no-break space (U+00A0) before « : »'],
		['fr', 'Pourquoi ?', 'narrow no-break space (U+202F) before ; ! ?'],
		['fr', 'Pourquoi?', 'narrow no-break space (U+202F) before ; ! ?'],
		['fr', `un${NBSP}; deux`, 'narrow no-break space (U+202F) before ; ! ?'],
		['fr', `des « contre-mesures${NNBSP}»`, 'narrow no-break space (U+202F) after «'],
		['fr', `des «${NNBSP}contre-mesures »`, 'narrow no-break space (U+202F) before »'],
		['fr', 'environ 100 000', 'digit groups separated by a narrow no-break space (U+202F)'],
		['fr', `environ 100${NBSP}000`, 'digit groups separated by a narrow no-break space (U+202F)'],
		['fr', 'environ 2,500', 'digit groups separated by a narrow no-break space (U+202F)'],
		['fr', 'environ 100000', 'ungrouped digits (5 or more)'],
		['fr', "l'Otan", 'straight apostrophe (’)'],
		['fr', 'le 1st mai', '« 1er », not 1st or 1ᵉʳ'],
		['fr', 'des “contre-mesures”', 'English punctuation in French: “ ”'],
		['en', 'May 1, 2021 : 2,500', 'no space before : ; ! ?'],
		['en', 'about 100 000 troops', 'digit groups separated by a comma'],
		['en', `about 2${NNBSP}500 troops`, 'digit groups separated by a comma'],
		['en', 'threatened « countermeasures »', 'French quotation marks « » in English'],
		['en', 'threatened “countermeasures”.', 'period or comma inside the closing quote (US style)'],
		['en', "NATO's mission", 'straight apostrophe (’)'],
		['en', 'a "quoted" word', 'straight quotation mark']
	])('%s %j: %s', (lang, text, rule) => {
		expect(typographySlips(text, lang).map((s) => s.rule)).toContain(rule);
	});
});
