import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');

/** The custom properties declared in the first block a selector opens. */
function tokens(selector: string): Record<string, string> {
	const start = css.indexOf(`${selector} {`);
	const block = css.slice(start, css.indexOf('}', start));
	return Object.fromEntries(
		[...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!])
	);
}

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5]
		.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
		number,
		number,
		number
	];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};

const light = tokens(':root');
const dark = tokens(":root[data-theme='dark']");

/** Text on the surfaces it is set on: at least 4.5:1. */
const TEXT: [string, string][] = [
	['ink', 'paper'],
	['ink', 'panel'],
	['ink', 'card'],
	['ink', 'map-land'],
	['muted', 'paper'],
	['muted', 'panel'],
	['muted', 'card'],
	['troops', 'panel'],
	['troops', 'card'],
	['attack', 'panel'],
	['attack', 'card']
];
/** Marks that carry meaning, against what they sit on: at least 3:1. */
const MARKS: [string, string][] = [
	['troops', 'panel'],
	['ally', 'panel'],
	['attack', 'map-land'],
	['attack', 'panel'],
	['ink', 'map-neighbour'],
	['focus', 'paper'],
	['focus', 'card']
];

describe.each([
	['light', light],
	['dark', dark]
])('the %s palette', (_name, palette) => {
	it('declares every token in both themes', () => {
		expect(Object.keys(palette).sort()).toEqual(Object.keys(light).sort());
	});

	it.each(TEXT)('%s text on %s reaches 4.5:1', (fg, bg) => {
		expect(contrast(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(4.5);
	});

	it.each(MARKS)('%s marks on %s reach 3:1', (fg, bg) => {
		expect(contrast(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(3);
	});
});

it('the dark palette follows the system and the ?theme= override alike', () => {
	const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
	expect(tokens.call(null, ":root:not([data-theme='light'])")).toEqual(dark);
	expect(media).toContain(":root:not([data-theme='light'])");
});
