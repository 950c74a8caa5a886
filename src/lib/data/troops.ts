import * as v from 'valibot';
import { column, parseCsv } from './csv';

export const SERIES = [
	'operational',
	'operational_alt',
	'operational_residual_plan',
	'dmdc',
	'dmdc_flagged'
] as const;
export const KINDS = ['reported', 'peak_estimate', 'announced_target'] as const;

const TroopRow = v.object({
	date: column.isoDate,
	precision: v.picklist(['day', 'month', 'year'], 'must be day, month or year'),
	us_troops: column.count,
	qualifier: v.picklist(
		['', 'about', 'at_least', 'under'],
		'must be empty (as stated), about, at_least or under'
	),
	series: v.picklist(SERIES, `must be one of ${SERIES.join(', ')}`),
	kind: v.picklist(KINDS, `must be one of ${KINDS.join(', ')}`),
	note: column.optional,
	source_publisher: v.pipe(column.text, v.nonEmpty('must name the source')),
	source_title: column.optional,
	source_date: column.optional,
	source_url: column.url
});
export type TroopRow = v.InferOutput<typeof TroopRow>;

/** Parses and validates `troops_us.csv` (US troop levels, one sourced figure per row). */
export function parseTroops(text: string, file: string): TroopRow[] {
	return parseCsv(text, file, TroopRow, Object.keys(TroopRow.entries));
}

const TimelineRow = v.object({
	date: column.isoDate,
	event_fr: column.text,
	event_en: column.text,
	source_publisher: column.text,
	source_title: column.optional,
	source_date: column.optional,
	source_url: column.url
});
export type TimelineRow = v.InferOutput<typeof TimelineRow>;

/** Parses and validates `timeline.csv` (dated events, French and English). */
export function parseTimeline(text: string, file: string): TimelineRow[] {
	return parseCsv(text, file, TimelineRow, Object.keys(TimelineRow.entries));
}

const NatoRow = v.object({
	nation: column.text,
	troops: v.union([v.literal(''), column.count], 'must be a non-negative whole number, or empty'),
	/** How many nations a total row counts (empty on a nation's own row). */
	nations: v.union([v.literal(''), column.count], 'must be a non-negative whole number, or empty'),
	as_of: v.pipe(
		column.text,
		v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a month YYYY-MM or a date YYYY-MM-DD')
	),
	note: column.optional,
	source_publisher: column.text,
	source_title: column.optional,
	source_date: column.optional,
	source_url: column.url
});
export type NatoRow = v.InferOutput<typeof NatoRow>;

/** Parses and validates `nato_resolute_support.csv`. */
export function parseNato(text: string, file: string): NatoRow[] {
	return parseCsv(text, file, NatoRow, Object.keys(NatoRow.entries));
}

const PresidencyRow = v.object({
	president: column.text,
	president_fr: column.text,
	start: column.isoDate,
	end: v.union([v.literal(''), column.isoDate], 'must be a date written YYYY-MM-DD, or empty'),
	note: column.optional,
	source_publisher: column.text,
	source_title: column.optional,
	source_url: column.url
});
export type PresidencyRow = v.InferOutput<typeof PresidencyRow>;

/** Parses and validates `presidencies.csv` (US presidential terms, for the chart's shading). */
export function parsePresidencies(text: string, file: string): PresidencyRow[] {
	return parseCsv(text, file, PresidencyRow, Object.keys(PresidencyRow.entries));
}
