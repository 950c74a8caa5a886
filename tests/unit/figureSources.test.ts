import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { storyStates } from '$lib/story/steps';

/** Numeric column of the files whose figures are counts. */
const valueColumn: Record<string, string> = {
	'troops_us.csv': 'us_troops',
	'nato_resolute_support.csv': 'troops'
};

const figures = storyStates.flatMap(({ slug, state }) =>
	state.figure.kind === 'none' ? [] : [{ slug, figure: state.figure }]
);

describe('every key figure comes from a sourced row of data/sources/', () => {
	it.each(figures)('$slug', ({ figure }) => {
		const { file, key, quote } = figure.source;
		const rows = csvParse(readFileSync(`data/sources/${file}`, 'utf8'));
		const matches = rows.filter(
			(row) => Object.values(row).includes(key) && Object.values(row).join(' ').includes(quote)
		);
		expect(matches, `no row of ${file} has "${key}" and says "${quote}"`).toHaveLength(1);
		const row = matches[0]!;
		expect(row.source_url ?? row.source, 'the row names its source').toBeTruthy();
		if (figure.kind === 'date') expect(Object.values(row)).toContain(figure.date);
		const column = valueColumn[file];
		if (figure.kind === 'count' && column) {
			const sourced = Number(row[column]);
			if (figure.qualifier === 'exact') expect(figure.value).toBe(sourced);
			else expect(Math.abs(figure.value - sourced) / sourced).toBeLessThanOrEqual(0.02);
		}
		if (figure.kind === 'count' && !column) {
			const words: Record<number, string> = { 6: 'six', 34: '34', 100: '100' };
			expect(quote).toContain(words[figure.value] ?? String(figure.value));
		}
	});
});
