import { describe, expect, it } from 'vitest';
import { groupDigits } from '$lib/format/digits';
import { formatCount as en } from '$lib/format/en';
import { formatCount as fr } from '$lib/format/fr';

const VALUES = [
	0, 7, 25, 999, 1000, 2500, 8600, 13000, 98000, 100000, 1234567, 2.5, 2499.5, 0.49, -2.5, -13000
];

describe('groupDigits', () => {
	it.each(VALUES)('writes %d as Intl.NumberFormat does, in French and English', (value) => {
		const intl = (locale: string) =>
			new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
		expect(fr(value)).toBe(intl('fr-FR'));
		expect(en(value)).toBe(intl('en-US'));
	});

	it('puts the separator between groups of three only', () => {
		expect(groupDigits(1234567, '.')).toBe('1.234.567');
		expect(groupDigits(123, '.')).toBe('123');
	});
});
