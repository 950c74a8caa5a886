import { wrap } from '../troops/wrap';
import type { LegendEntry } from './legendEntries';

/** Type size and line height of a map's key, px. */
export const KEY_FONT = 13;
const LINE = 16;
const GAP = 5;
/** Room for the swatch, left of the words. */
const INDENT = 22;

/** A line of a key's entry: its words, and how many of its first characters are set bold. */
export interface KeyLine {
	text: string;
	bold: number;
	y: number;
}

/** A key laid out: its entries' lines at their baselines, and its height. */
export interface KeyLayout {
	entries: { entry: LegendEntry; top: number; x: number; lines: KeyLine[] }[];
	height: number;
}

/**
 * The legend's entries as lines no wider than `width` (estimated), stacked from `top`: for the
 * static figures' SVG key (the page lays its HTML legend out itself).
 */
export function keyLayout(entries: LegendEntry[], width: number, top: number): KeyLayout {
	let y = top;
	const laid = entries.map((entry) => {
		const x = entry.swatch ? INDENT : 0;
		const text = `${entry.names}${entry.text}`;
		let offset = 0;
		const lines = wrap(text, width - x, KEY_FONT).map((line, i) => {
			const bold = Math.max(0, Math.min(line.length, entry.names.length - offset));
			offset += line.length + 1;
			return { text: line, bold, y: y + KEY_FONT + i * LINE };
		});
		const out = { entry, top: y, x, lines };
		y += lines.length * LINE + GAP;
		return out;
	});
	return { entries: laid, height: y - top };
}
