import { describe, expect, it } from 'vitest';
import { formatCount, formatDay, formatMonth, parseIsoDate } from '$lib/format/fr';

describe('French formats', () => {
	it.each([
		[0, '0'],
		[34, '34'],
		[2500, '2\u202f500'],
		[100000, '100\u202f000'],
		[9592, '9\u202f592']
	])('formatCount(%d) → %j', (value, expected) => {
		expect(formatCount(value)).toBe(expected);
	});

	it.each([
		['2021-05-01', true, '1er\u00a0mai 2021'],
		['2021-05-01', false, '1er\u00a0mai'],
		['2021-09-11', true, '11\u00a0septembre 2021'],
		['2020-02-29', true, '29\u00a0février 2020'],
		['2021-08-30', false, '30\u00a0août']
	])('formatDay(%s, %s) → %j', (iso, withYear, expected) => {
		expect(formatDay(iso, withYear)).toBe(expected);
	});

	it.each([
		['2021-05-01', 'mai 2021'],
		['2001-11-01', 'novembre 2001']
	])('formatMonth(%s) → %j', (iso, expected) => {
		expect(formatMonth(iso)).toBe(expected);
	});

	it.each(['2021-02-30', '2021-5-1', '01/05/2021', ''])('parseIsoDate rejects %j', (input) => {
		expect(() => parseIsoDate(input)).toThrow(/not a date/);
	});

	it('parseIsoDate gives a new Date on every call, and keeps rejecting bad input', () => {
		const first = parseIsoDate('2021-05-01');
		first.setUTCFullYear(1999);
		expect(parseIsoDate('2021-05-01').toISOString()).toBe('2021-05-01T00:00:00.000Z');
		expect(() => parseIsoDate('2021-02-30')).toThrow(/not a date/);
		expect(() => parseIsoDate('2021-02-30')).toThrow(/not a date/);
	});
});
