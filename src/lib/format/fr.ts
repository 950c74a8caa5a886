import { formatLocale } from 'd3-format';
import { timeFormatLocale } from 'd3-time-format';
import { NBSP, NNBSP } from './typography';

/** French number locale: `2 500` with a narrow no-break space, decimal comma. */
export const numberLocale = formatLocale({
	decimal: ',',
	thousands: NNBSP,
	grouping: [3],
	currency: ['', `${NBSP}€`]
});

/** French date locale, as used by the French press (lowercase months). */
export const timeLocale = timeFormatLocale({
	dateTime: '%A %e %B %Y à %X',
	date: '%d/%m/%Y',
	time: '%H:%M:%S',
	periods: ['AM', 'PM'],
	days: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
	shortDays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
	months: [
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
	],
	shortMonths: [
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
	]
});

const integer = numberLocale.format(',d');

/** @example formatCount(2500) // '2 500' (narrow no-break space) */
export function formatCount(value: number): string {
	return integer(value);
}

const monthYear = timeLocale.utcFormat('%B %Y');
const dayMonth = timeLocale.utcFormat('%B');

/** Parses `YYYY-MM-DD` as a UTC date, or throws. */
export function parseIsoDate(iso: string): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const date = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : null;
	if (!date || date.toISOString().slice(0, 10) !== iso) throw new Error(`not a date: "${iso}"`);
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
