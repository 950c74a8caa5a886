import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { troopChartData } from '$lib/data/chartData';
import { parseNato, parsePresidencies, parseTimeline, parseTroops } from '$lib/data/troops';
import { SourceFileError } from '$lib/sourceFileError';

const read = (file: string) => readFileSync(file, 'utf8');

describe('parseTroops', () => {
	it('parses the sourced file, numbers as numbers', () => {
		const rows = parseTroops(read('data/sources/troops_us.csv'), 'troops_us.csv');
		expect(rows.length).toBe(78);
		expect(rows[0]).toMatchObject({ date: '2001-11-01', us_troops: 1300, series: 'operational' });
	});

	it.each([
		[
			'bad-date',
			3,
			'`date` must be a date written YYYY-MM-DD (this day does not exist), got "2021-02-30"'
		],
		[
			'negative-count',
			3,
			'`us_troops` must be a non-negative whole number (digits only), got "-5"'
		],
		[
			'non-numeric-count',
			3,
			'`us_troops` must be a non-negative whole number (digits only), got "2.500"'
		],
		['missing-source', 3, '`source_publisher` must not be empty, got ""'],
		['unknown-series', 3, '`series` must be one of operational, operational_alt'],
		[
			'missing-column',
			1,
			'missing columns kind'.replace('kind', 'source_title, source_date, source_url')
		],
		['multiline-note', 5, '`us_troops` must not be empty, got ""']
	])('%s.csv fails at line %i: %s', (name, line, reason) => {
		const file = `tests/fixtures/data/${name}.csv`;
		let error: unknown;
		try {
			parseTroops(read(file), file);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(SourceFileError);
		expect((error as Error).message).toContain(`${file}, line ${line}: ${reason}`);
	});
});

describe('troopChartData', () => {
	const troops = parseTroops(read('data/sources/troops_us.csv'), 'troops_us.csv');
	const timeline = parseTimeline(read('data/sources/timeline.csv'), 'timeline.csv');
	const nato = parseNato(read('data/sources/nato_resolute_support.csv'), 'nato.csv');
	const presidencies = parsePresidencies(read('data/sources/presidencies.csv'), 'presidencies.csv');
	const snapshot = JSON.stringify([troops, timeline, nato, presidencies]);
	const data = troopChartData(troops, timeline, nato, presidencies, '2021-05-04');

	it('puts only operational, reported rows up to the article on the line (never DMDC)', () => {
		const rows = troops.filter(
			(r) => r.series === 'operational' && r.kind === 'reported' && r.date <= '2021-05-04'
		);
		expect(data.reported.map((p) => [p.date, p.value])).toEqual(
			rows.map((r) => [r.date, r.us_troops])
		);
		const dmdc = new Set(troops.filter((r) => r.series.startsWith('dmdc')).map((r) => r.date));
		expect(
			data.reported.filter((p) => dmdc.has(p.date) && !rows.some((r) => r.date === p.date))
		).toEqual([]);
	});

	it('keeps figures after the article out', () => {
		expect(data.reported.every((p) => p.date <= '2021-05-04')).toBe(true);
		expect(data.reported[0]).toEqual({
			date: '2001-11-01',
			value: 1300,
			qualifier: 'approx',
			precision: 'month'
		});
		expect(data.reported.at(-1)).toEqual({
			date: '2021-05-01',
			value: 2500,
			qualifier: 'exact',
			precision: 'day'
		});
		expect(data.targets.map((t) => t.date)).not.toContain('2021-08-31');
		expect(data.targets.map((t) => t.date)).toContain('2021-09-11');
	});

	it('takes NATO totals from one date, the NYT figure as a separate estimate, the Doha range', () => {
		expect(data.nato).toEqual({ asOf: '2021-02', total: 9592, nations: 36, us: 2500 });
		expect(data.nytEstimate).toEqual({
			date: '2021-03-14',
			value: 3500,
			qualifier: 'approx',
			precision: 'day'
		});
		expect(data.doha).toEqual({ date: '2020-02-29', low: 12000, high: 13000 });
		expect(data.combatEnd).toBe('2014-12-28');
		expect(data.presidencies.map((p) => p.name)).toEqual([
			'George W. Bush',
			'Barack Obama',
			'Donald Trump',
			'Joe Biden'
		]);
	});

	it('fails when the charted NATO total does not say how many nations it counts', () => {
		const uncounted = nato.map((r) =>
			r.nation.startsWith('TOTAL') ? { ...r, nations: '' as const } : r
		);
		expect(() => troopChartData(troops, timeline, uncounted, presidencies, '2021-05-04')).toThrow(
			'the Resolute Support total for 2021-02 says how many nations it counts'
		);
	});

	it('does not mutate its inputs', () => {
		expect(JSON.stringify([troops, timeline, nato, presidencies])).toBe(snapshot);
	});
});
