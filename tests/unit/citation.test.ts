import { describe, expect, it } from 'vitest';
import { citationDetails, sourceTitle } from '$lib/format/citation';
import { wordsFor } from '$lib/i18n';

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
			', “Factbox”, May\u00a01, 2021.'
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
