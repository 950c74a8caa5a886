import { describe, expect, it } from 'vitest';
import { englishTypography, formatCount, formatDay, formatMonthYear } from '$lib/format/en';

describe('English formats', () => {
	it.each([
		[0, '0'],
		[2500, '2,500'],
		[100000, '100,000']
	])('formatCount(%d) → %j', (value, expected) => {
		expect(formatCount(value)).toBe(expected);
	});

	it.each([
		['2021-05-01', true, 'May\u00a01, 2021'],
		['2021-05-01', false, 'May\u00a01'],
		['2021-09-11', true, 'September\u00a011, 2021'],
		['2020-02-29', true, 'February\u00a029, 2020']
	])('formatDay(%s, %s) → %j', (iso, withYear, expected) => {
		expect(formatDay(iso, withYear)).toBe(expected);
	});

	it('abbreviates months on axes the AP way', () => {
		expect(formatMonthYear(new Date(Date.UTC(2021, 1, 1)), true)).toBe('Feb. 2021');
		expect(formatMonthYear(new Date(Date.UTC(2021, 2, 1)), true)).toBe('March 2021');
		expect(formatMonthYear(new Date(Date.UTC(2021, 8, 1)))).toBe('September 2021');
	});

	it('curls apostrophes and keeps a date’s month and day together', () => {
		expect(englishTypography("NATO's mission ended on May 1")).toBe(
			'NATO’s mission ended on May\u00a01'
		);
	});
});
