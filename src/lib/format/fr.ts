import { groupDigits } from './digits';
import { NBSP, NNBSP } from './typography';

/** French month names, as the French press writes them (lowercase), and their abbreviations. */
const MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre'
];
const SHORT_MONTHS = [
	'janv.',
	'févr.',
	'mars',
	'avr.',
	'mai',
	'juin',
	'juil.',
	'août',
	'sept.',
	'oct.',
	'nov.',
	'déc.'
];

/** @example formatCount(2500) // '2 500' (narrow no-break space) */
export function formatCount(value: number): string {
	return groupDigits(value, NNBSP);
}

/** @example formatMonthYear(new Date(Date.UTC(2021, 4, 1)), true) // 'mai 2021' */
export function formatMonthYear(date: Date, short = false): string {
	return `${(short ? SHORT_MONTHS : MONTHS)[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const dayMonth = (date: Date) => MONTHS[date.getUTCMonth()]!;
const monthYear = (date: Date) => formatMonthYear(date);

/** Dates already checked, as ms: the charts parse the same few dates again for each sheet they draw. */
const parsed = new Map<string, number>();

/** Parses `YYYY-MM-DD` as a UTC date, or throws. */
export function parseIsoDate(iso: string): Date {
	const known = parsed.get(iso);
	if (known !== undefined) return new Date(known);
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const date = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : null;
	if (!date || date.toISOString().slice(0, 10) !== iso) throw new Error(`not a date: "${iso}"`);
	parsed.set(iso, date.getTime());
	return date;
}

/** @example formatDay('2021-05-01') // '1er mai 2021'; formatDay('2021-05-01', false) // '1er mai' */
export function formatDay(iso: string, withYear = true): string {
	const date = parseIsoDate(iso);
	const day = date.getUTCDate();
	const text = `${day === 1 ? '1er' : day}${NBSP}${dayMonth(date)}`;
	return withYear ? `${text} ${date.getUTCFullYear()}` : text;
}

/** @example formatMonth('2021-05-01') // 'mai 2021' */
export function formatMonth(iso: string): string {
	return monthYear(parseIsoDate(iso));
}
