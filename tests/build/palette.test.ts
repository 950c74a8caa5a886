import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssName, palettes, type Palette } from '$lib/graphics/palette';

/** `#ffffff` as the minifier writes it, `#fff`. */
const short = (hex: string) => hex.replace(/^#(\w)\1(\w)\2(\w)\3$/, '#$1$2$3');

/** The colour declarations a theme's block holds in the built CSS: `--paper:#f7f4ee;--panel:…`. */
const declarations = (palette: Palette) =>
	Object.entries(palette)
		.map(([colour, value]) => `--${cssName(colour)}:${short(value)}`)
		.join(';');

describe.each([
	['fr', 'build/index.html'],
	['en', 'build/en/index.html']
])('the built %s page', (_lang, file) => {
	const html = readFileSync(file, 'utf8');
	const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');

	it('sets the light theme from the palette module', () => {
		expect(css).toMatch(new RegExp(`:root\\{${declarations(palettes.light)}[;}]`));
	});

	it('sets the dark theme from the palette module, for the system and for ?theme=dark', () => {
		const media = css.slice(css.indexOf('@media (prefers-color-scheme:dark)'));
		expect(media).toMatch(
			new RegExp(
				`^@media \\(prefers-color-scheme:dark\\)\\{:root:not\\(\\[data-theme=light\\]\\)\\{${declarations(palettes.dark)}[;}]`
			)
		);
		expect(css).toContain(`:root[data-theme=dark]{${declarations(palettes.dark)}`);
	});
});
