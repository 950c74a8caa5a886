import { groupDigits } from './digits';
import { parseIsoDate } from './fr';

/** English month names, and their abbreviations as the AP stylebook writes them. */
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const SHORT_MONTHS = [
	'Jan.',
	'Feb.',
	'March',
	'April',
	'May',
	'June',
	'July',
	'Aug.',
	'Sept.',
	'Oct.',
	'Nov.',
	'Dec.'
];

/** @example formatCount(2500) // '2,500' */
export function formatCount(value: number): string {
	return groupDigits(value, ',');
}

/** @example formatMonthYear(new Date(Date.UTC(2021, 1, 1)), true) // 'Feb. 2021' */
export function formatMonthYear(date: Date, short = false): string {
	return `${(short ? SHORT_MONTHS : MONTHS)[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** @example formatDay('2021-05-01') // 'May 1, 2021'; formatDay('2021-05-01', false) // 'May 1' */
export function formatDay(iso: string, withYear = true): string {
	const date = parseIsoDate(iso);
	const text = `${MONTHS[date.getUTCMonth()]}\u00a0${date.getUTCDate()}`;
	return withYear ? `${text}, ${date.getUTCFullYear()}` : text;
}

/** @example formatMonth('2021-05-01') // 'May 2021' */
export function formatMonth(iso: string): string {
	return formatMonthYear(parseIsoDate(iso));
}

const MONTH_BEFORE_DAY = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})\\b`, 'g');

/**
 * The few typographic niceties English copy gets, so editors can type plain text:
 * curly apostrophes, and a date's month and day kept on one line.
 *
 * @example englishTypography("May 1's deadline") // 'May\u00a01’s deadline'
 */
export function englishTypography(text: string): string {
	return text.replace(/(\p{L}|\d)'(?=\p{L})/gu, '$1’').replace(MONTH_BEFORE_DAY, '$1\u00a0$2');
}
