import { csvParse } from 'd3-dsv';
import * as v from 'valibot';
import { SourceFileError } from '../sourceFileError';

/**
 * Parses a CSV file and validates every row against a schema. Throws a `SourceFileError`
 * naming the file, the line (1-based, header = line 1) and the reason on the first bad row.
 */
export function parseCsv<T extends v.GenericSchema<Record<string, string>, unknown>>(
	text: string,
	file: string,
	schema: T,
	columns: readonly string[]
): v.InferOutput<T>[] {
	const rows = csvParse(text);
	const missing = columns.filter((c) => !rows.columns.includes(c));
	if (missing.length)
		throw new SourceFileError(
			file,
			1,
			`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`
		);
	// csvParse does not keep line numbers; quoted fields may span lines, so count them.
	const lines = rowLines(text);
	return rows.map((row, i) => {
		const result = v.safeParse(schema, row);
		if (result.success) return result.output;
		const issue = result.issues[0];
		const column = issue.path?.[0]?.key;
		const value = column !== undefined ? JSON.stringify(row[String(column)] ?? '') : '';
		const reason =
			column !== undefined ? `\`${String(column)}\` ${issue.message}, got ${value}` : issue.message;
		throw new SourceFileError(file, lines[i] ?? i + 2, reason);
	});
}

/** The line each data row starts on (quoted fields can hold newlines). */
function rowLines(text: string): number[] {
	const starts: number[] = [];
	let line = 1;
	let quoted = false;
	let rowStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (rowStart && c !== '\n' && c !== '\r') {
			starts.push(line);
			rowStart = false;
		}
		if (c === '"') quoted = !quoted;
		else if (c === '\n') {
			line++;
			if (!quoted) rowStart = true;
		}
	}
	return starts.slice(1); // the first row is the header
}

/** `2021-02-30` has the right shape but is no day. */
function isRealDate(iso: string): boolean {
	return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso;
}

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** Reusable column schemas. */
export const column = {
	text,
	isoDate: v.pipe(
		text,
		v.isoDate('must be a date written YYYY-MM-DD'),
		v.check(isRealDate, 'must be a date written YYYY-MM-DD (this day does not exist)')
	),
	isoMonth: v.pipe(text, v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM')),
	url: v.pipe(text, v.url('must be a full URL')),
	count: v.pipe(
		text,
		v.regex(/^\d+$/, 'must be a non-negative whole number (digits only)'),
		v.transform(Number)
	),
	optional: v.pipe(v.string(), v.trim())
};
