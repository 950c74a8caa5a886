import type { Face } from './cardFonts';
import { textWidth } from './textWidth';

/** Escapes text for SVG/XML. */
export const xml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Splits text into at most `maxLines` lines no wider than `width` px, measured in the card fonts
 * (`textWidth`); an ellipsis marks a cut.
 */
export function wrapLines(
	text: string,
	width: number,
	fontPx: number,
	face: Face,
	maxLines = 99
): string[] {
	const fits = (line: string) => textWidth(line, fontPx, face) <= width;
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && !fits(next)) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1]!;
	while (last.includes(' ') && !fits(`${last} …`)) last = last.slice(0, last.lastIndexOf(' '));
	kept[maxLines - 1] = `${last} …`;
	return kept;
}

/** A block of lines as one <text> with <tspan>s. */
export function textBlock(
	lines: string[],
	x: number,
	y: number,
	lineHeight: number,
	attrs: string
): string {
	const spans = lines
		.map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${xml(line)}</tspan>`)
		.join('');
	return `<text ${attrs}>${spans}</text>`;
}
