import { describe, expect, it } from 'vitest';
import { citation, citationDetails, sourceTitle } from '$lib/format/citation';
import { newspaperRuns } from '$lib/format/newspapers';
import { titleLang, titleTypography } from '$lib/format/sourceLanguage';
import { wordsFor } from '$lib/i18n/editions';

const fr = wordsFor('fr');
const en = wordsFor('en');

describe('sourceTitle', () => {
	it.each([
		['Factbox: troops', { title: 'Factbox: troops', note: null, quoted: true }],
		[
			'[title from URL slug] US meets deadline',
			{ title: 'US meets deadline', note: 'titre reconstitué d’après l’adresse', quoted: true }
		],
		[
			'[title not captured] AP report on the start',
			{ title: 'AP report on the start', note: 'titre non relevé', quoted: false }
		]
	])('%j', (raw, expected) => {
		expect(sourceTitle(raw, fr)).toEqual(expected);
	});
});

describe('citationDetails', () => {
	it('writes English citations in English', () => {
		expect(citationDetails({ title: 'Factbox', date: '2021-05-01' }, en)).toBe(
			', “Factbox,” May\u00a01, 2021.'
		);
		expect(citationDetails({ title: '[title not captured] AP report', date: '' }, en)).toBe(
			', AP report (title not recorded).'
		);
	});

	it.each([
		[{ title: 'Factbox', date: '2021-05-01' }, ', «\u202fFactbox\u202f», 1er\u00a0mai 2021.'],
		[{ title: 'Factbox', date: '' }, ', «\u202fFactbox\u202f».'],
		[
			{ title: '[title not captured] AP report', date: '2021-05-01' },
			', AP report (titre non relevé), 1er\u00a0mai 2021.'
		]
	])('%j', (source, expected) => {
		expect(citationDetails(source, fr)).toBe(expected);
	});
});

describe('citation', () => {
	it.each([
		[
			'fr',
			{ publisher: 'Associated Press (copy on WIAT.com)', title: 'A snapshot', date: '' },
			{ publisher: 'Associated Press (copie sur WIAT.com)', title: 'A snapshot', titleLang: 'en' }
		],
		[
			'fr',
			{
				publisher: 'RFE/RL',
				title: '[title not captured] report on ~3,000 additional US troops deployed',
				date: ''
			},
			{
				publisher: 'RFE/RL',
				title:
					'article sur le déploiement de quelque 3\u202f000 soldats américains supplémentaires',
				titleLang: null
			}
		],
		[
			'en',
			{
				publisher: 'Mehr News (citing Al Jazeera)',
				title: 'US troops down to 2,500: Pentagon',
				date: ''
			},
			{
				publisher: 'Mehr News (citing Al Jazeera)',
				title: 'US troops down to 2,500: Pentagon',
				titleLang: 'en'
			}
		],
		[
			'fr',
			{
				publisher: 'AFP',
				title: 'Afghanistan : les Etats-Unis ouvrent la dernière phase',
				date: ''
			},
			{
				publisher: 'AFP',
				title: 'Afghanistan\u00a0: les Etats-Unis ouvrent la dernière phase',
				titleLang: 'fr'
			}
		]
	] as const)('%s %j', (lang, source, expected) => {
		const c = citation(source, lang === 'fr' ? fr : en);
		expect({ publisher: c.publisher, title: c.title, titleLang: c.titleLang }).toEqual(expected);
	});
});

describe('titleLang and titleTypography', () => {
	it.each([
		['Afghanistan : un départ sans gloire', 'fr', 'Afghanistan\u00a0: un départ sans gloire'],
		[
			'US troops in Afghanistan now down to 2,500: Pentagon',
			'en',
			'US troops in Afghanistan now down to 2,500: Pentagon'
		],
		[
			"Taliban Says Biden's Decision Threatens 'Countermeasures'",
			'en',
			'Taliban Says Biden’s Decision Threatens ‘Countermeasures’'
		],
		[
			'Bundeswehr-Einsatz in Afghanistan nach fast 20 Jahren beendet',
			'de',
			'Bundeswehr-Einsatz in Afghanistan nach fast 20 Jahren beendet'
		],
		[
			'Afghanistan, Guerini: tra pochi giorni inizia ritiro truppe italiane',
			'it',
			'Afghanistan, Guerini: tra pochi giorni inizia ritiro truppe italiane'
		],
		[
			'Andrzej Duda: Polska wycofuje wojska z Afganistanu',
			'pl',
			'Andrzej Duda: Polska wycofuje wojska z Afganistanu'
		]
	] as const)('%j is %s', (title, lang, typeset) => {
		expect(titleLang(title)).toBe(lang);
		expect(titleTypography(title, lang)).toBe(typeset);
	});
});

describe('newspaperRuns', () => {
	it.each([
		['Selon le New York Times, 3 500', ['Selon le ', '*New York Times', ', 3 500']],
		['The New York Times put it', ['*The New York Times', ' put it']],
		['auprès du Telegraph 8 soldats', ['auprès du ', '*Telegraph', ' 8 soldats']],
		['Aucun journal', ['Aucun journal']],
		[
			'Le New\u00a0York\u00a0Times faisait état',
			['Le ', '*New\u00a0York\u00a0Times', ' faisait état']
		]
	])('%j', (text, runs) => {
		expect(newspaperRuns(text).map((r) => (r.title ? `*${r.text}` : r.text))).toEqual(runs);
	});
});
