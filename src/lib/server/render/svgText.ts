/** Escapes text for SVG/XML. */
export const xml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Average glyph width of the card fonts, as a share of the font size (estimate, no DOM). */
const GLYPH = { sans: 0.5, serif: 0.52, serifBold: 0.56 } as const;
export type Face = keyof typeof GLYPH;

/** The estimated width of a line of text, as a multiple of its font size. */
export const glyphWidth = (text: string, face: Face) => text.length * GLYPH[face];

/** Splits text into at most `maxLines` lines no wider than `width` px; an ellipsis marks a cut. */
export function wrapLines(
	text: string,
	width: number,
	fontPx: number,
	face: Face,
	maxLines = 99
): string[] {
	const fits = (line: string) => line.length * fontPx * GLYPH[face] <= width;
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
