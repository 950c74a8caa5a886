import { textWidth } from './labels';

/** Splits text into lines no wider than `maxWidth` px (estimated), for SVG <tspan>s. */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[ \t\n]+/)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}
