import { describe, expect, it } from 'vitest';
import { linear, monthTicks, yearTicks } from '$lib/graphics/troops/scales';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));

describe('linear', () => {
	it.each([
		[[0, 100], [0, 500], 50, 250],
		[[0, 100], [500, 0], 25, 375],
		[[utc(2020), utc(2022)], [0, 200], new Date(utc(2021)), 100]
	] as const)('maps %j onto %j: %s → %s', (domain, range, value, expected) => {
		expect(
			linear([...domain] as [number, number], [...range] as [number, number])(value)
		).toBeCloseTo(expected, 0);
	});

	it('gives round ticks and its domain', () => {
		const y = linear([0, 100000], [300, 0]);
		expect(y.ticks(4)).toEqual([0, 20000, 40000, 60000, 80000, 100000]);
		expect(y.domain()).toEqual([0, 100000]);
	});

	it('does not divide by zero on an empty domain', () => {
		expect(linear([5, 5], [0, 10])(5)).toBe(0);
	});
});

describe('time ticks', () => {
	it('years every 5 over twenty years on a phone, 2 or 5 on a desktop', () => {
		expect(iso(yearTicks(utc(2001, 7), utc(2021, 12, 31), 4))).toEqual([
			'2005-01-01',
			'2010-01-01',
			'2015-01-01',
			'2020-01-01'
		]);
		expect(yearTicks(utc(2001, 7), utc(2021, 12, 31), 7).length).toBeGreaterThanOrEqual(4);
	});

	it('every sixth month from January over 2020-2021', () => {
		expect(iso(monthTicks(utc(2020), utc(2021, 10, 31), 6))).toEqual([
			'2020-01-01',
			'2020-07-01',
			'2021-01-01',
			'2021-07-01'
		]);
	});
});
