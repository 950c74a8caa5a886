import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CONTRAST_PAIRS,
	cssName,
	paletteCss,
	palettes,
	printPalette,
	type Palette
} from '$lib/graphics/palette';

/** The custom properties declared in the first block a selector opens, in a stylesheet. */
function tokens(css: string, selector: string): Record<string, string> {
	const start = css.indexOf(`${selector} {`);
	if (start < 0) throw new Error(`no "${selector} {" block`);
	const block = css.slice(start, css.indexOf('}', start));
	return Object.fromEntries(
		[...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!])
	);
}

/** A palette as the CSS custom properties it should become: `{ 'attack-tint': '#f3cbbd', … }`. */
const asCss = (palette: Palette) =>
	Object.fromEntries(Object.entries(palette).map(([k, v]) => [cssName(k), v]));

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

const css = paletteCss();

it.each([
	['attackTint', 'attack-tint'],
	['mapNeighbourEdge', 'map-neighbour-edge'],
	['paper', 'paper']
])('the colour %s is the custom property --%s', (colour, property) => {
	expect(cssName(colour)).toBe(property);
});

describe.each([
	['light', palettes.light, ':root'],
	['dark', palettes.dark, ":root[data-theme='dark']"],
	// The dark theme as the system's setting brings it, without `?theme=`.
	['dark', palettes.dark, ":root:not([data-theme='light'])"],
	// Print, over any theme: light, on white.
	['print', printPalette, ':root:root']
])('the %s palette, in the CSS block %s', (_name, palette, selector) => {
	it('is written from the palette module, every colour and nothing else', () => {
		expect(tokens(css, selector)).toEqual(asCss(palette));
	});
});

it('the system dark theme sits in the prefers-color-scheme query, print last in its own', () => {
	const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
	expect(media.indexOf(":root:not([data-theme='light'])")).toBeGreaterThan(0);
	expect(css.indexOf(':root {')).toBeLessThan(css.indexOf('@media'));
	expect(css.lastIndexOf('@media print {\n\t:root:root {')).toBeGreaterThan(
		css.indexOf(":root[data-theme='dark'] {")
	);
	expect(printPalette).toEqual({ ...palettes.light, paper: '#ffffff', card: '#ffffff' });
});

it('global.css declares no theme colour: the palette module is their one source', () => {
	const global = readFileSync('src/styles/global.css', 'utf8');
	for (const colour of Object.keys(palettes.light))
		expect(global, `--${cssName(colour)}`).not.toMatch(new RegExp(`--${cssName(colour)}\\s*:`));
	expect(readFileSync('src/routes/+layout.svelte', 'utf8')).toMatch(
		/import 'virtual:palette\.css';\s*import '\.\.\/styles\/global\.css';/
	);
});

describe.each([
	['light', palettes.light],
	['dark', palettes.dark]
])('the %s palette', (_name, palette) => {
	it('sets every colour, as a #rrggbb colour', () => {
		expect(Object.keys(palette).sort()).toEqual(Object.keys(palettes.light).sort());
		for (const value of Object.values(palette)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
	});

	it.each(CONTRAST_PAIRS)('$fg on $bg ($use) reaches $min:1', ({ fg, bg, min }) => {
		expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(min);
	});
});

it('every colour a pair names is in the palette, and every colour but the halo is in a pair', () => {
	const named = new Set(CONTRAST_PAIRS.flatMap((p) => [p.fg, p.bg]));
	for (const colour of named) expect(palettes.light).toHaveProperty(colour);
	for (const colour of Object.keys(palettes.light).filter(
		(c) => !['rule', 'attackTint', 'mapBorder', 'mapNeighbourEdge'].includes(c)
	))
		expect(named, colour).toContain(colour);
});

it('the dark palette is a palette of its own: every colour differs from the light one', () => {
	for (const colour of Object.keys(palettes.light) as (keyof Palette)[])
		expect(palettes.dark[colour], colour).not.toBe(palettes.light[colour]);
});
