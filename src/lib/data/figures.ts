import * as v from 'valibot';
import { column, parseCsv } from './csv';

const FigureRow = v.object({
	key: v.pipe(column.text, v.regex(/^[a-z][a-z0-9_]*$/, 'must be a snake_case key')),
	value: column.count,
	qualifier: v.picklist(
		['', 'about', 'at_least', 'under'],
		'must be empty (as stated), about, at_least or under'
	),
	as_of: v.pipe(
		column.text,
		v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year, a month YYYY-MM or a date YYYY-MM-DD')
	),
	note: column.optional,
	source_publisher: v.pipe(column.text, v.nonEmpty('must name the source')),
	source_title: column.optional,
	source_date: column.optional,
	source_url: v.union([v.literal(''), column.url], 'must be a full URL, or empty')
});
export type FigureRow = v.InferOutput<typeof FigureRow>;

/**
 * Parses and validates `figures.csv`: the figures the copy states that no chart draws (losses,
 * tolls, counts of provinces), each with its source, so no figure lives only in the copy.
 */
export function parseFigures(text: string, file: string): FigureRow[] {
	return parseCsv(text, file, FigureRow, Object.keys(FigureRow.entries));
}
