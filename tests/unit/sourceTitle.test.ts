import { describe, expect, it } from 'vitest';
import { sourceTitle } from '$lib/format/sourceTitle';

describe('sourceTitle', () => {
	it.each([
		['Factbox: troops', { title: 'Factbox: troops', note: null, quoted: true }],
		['[title from URL slug] US meets deadline', { title: 'US meets deadline', note: 'titre reconstitué d’après l’adresse', quoted: true }],
		['[title not captured] AP report on the start', { title: 'AP report on the start', note: 'titre non relevé', quoted: false }]
	])('%j', (raw, expected) => {
		expect(sourceTitle(raw)).toEqual(expected);
	});
});
