import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP } from '$lib/format/typography';

describe('frenchTypography', () => {
	it.each([
		['Pourquoi ?', `Pourquoi${NNBSP}?`],
		['Pourquoi?', `Pourquoi${NNBSP}?`],
		['Vraiment !', `Vraiment${NNBSP}!`],
		['un ; deux', `un${NNBSP}; deux`],
		['Bilan : lourd', `Bilan${NBSP}: lourd`],
		['Bilan: lourd', `Bilan${NBSP}: lourd`],
		['à 23:59 heure locale', 'à 23:59 heure locale'],
		['des « contre-mesures »', `des «${NNBSP}contre-mesures${NNBSP}»`],
		['«déjà»', `«${NNBSP}déjà${NNBSP}»`],
		['2 500 soldats', `2${NNBSP}500 soldats`],
		['100 000 soldats', `100${NNBSP}000 soldats`],
		['en 2010 2011', 'en 2010 2011'],
		['le 1er mai', `le 1er${NBSP}mai`],
		['au 11 septembre 2021', `au 11${NBSP}septembre 2021`],
		["l'Otan", 'l’Otan'],
		['du 11-Septembre', 'du 11\u2011Septembre'],
		['Quoi ?!', `Quoi${NNBSP}?!`],
		['https://example.org/a?b=1', 'https://example.org/a?b=1']
	])('%j → %j', (input, expected) => {
		expect(frenchTypography(input)).toBe(expected);
	});

	it('is idempotent', () => {
		const once = frenchTypography('« Oui » : 2 500 soldats le 1er mai ?');
		expect(frenchTypography(once)).toBe(once);
	});
});
