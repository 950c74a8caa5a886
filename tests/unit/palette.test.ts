import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palette as cardPalette } from '$lib/server/card/palette';

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
/** The dark theme as the system's setting brings it, without `?theme=`. */
const systemDark = tokens(":root:not([data-theme='light'])");

/** Every colour token a theme declares, in global.css's order. */
const TOKENS = [
	'paper',
	'panel',
	'card',
	'ink',
	'muted',
	'rule',
	'troops',
	'attack',
	'focus',
	'attack-tint',
	'map-land',
	'map-halo',
	'map-border',
	'map-neighbour',
	'map-neighbour-edge',
	'ally'
];

/** The share cards' colours (written out for the rasterizer) and the page's token each copies. */
const CARD_TOKENS: [keyof typeof cardPalette, string][] = [
	['paper', 'paper'],
	['panel', 'panel'],
	['ink', 'ink'],
	['muted', 'muted'],
	['rule', 'rule'],
	['troops', 'troops'],
	['attack', 'attack'],
	['attackTint', 'attack-tint'],
	['land', 'map-land'],
	['border', 'map-border'],
	['neighbour', 'map-neighbour'],
	['neighbourEdge', 'map-neighbour-edge'],
	['others', 'ally']
];

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
	it('declares every colour token, as a colour', () => {
		expect(Object.keys(palette).sort()).toEqual([...TOKENS].sort());
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
	expect(media).toContain(":root:not([data-theme='light'])");
	expect(systemDark).toEqual(dark);
});

it('the dark palette is a palette of its own: every colour differs from the light one', () => {
	for (const token of TOKENS) expect(dark[token], token).not.toBe(light[token]);
});

it.each(CARD_TOKENS)('the share cards’ %s is the light page’s --%s', (card, token) => {
	expect(cardPalette[card]).toBe(light[token]);
});
