/**
 * An integer with its digits in groups of three, as `Intl.NumberFormat(locale, { maximumFractionDigits: 0 })`
 * writes it for French and English (rounding half away from zero). By hand because the page's
 * first `Intl.NumberFormat` loads the browser's locale data: about 40 ms at 4× CPU, inside
 * hydration's task (issue 8's total blocking time).
 */
export function groupDigits(value: number, separator: string): string {
	const rounded = Math.sign(value) * Math.round(Math.abs(value));
	const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+$)/g, separator);
	return rounded < 0 ? `-${digits}` : digits;
}
