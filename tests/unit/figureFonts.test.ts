import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n';
import { CARD_FONTS } from '$lib/server/render/cardFonts';
import { embeddedFonts, textCharacters, withFonts } from '$lib/server/render/figureFonts';
import { FEATURES, subsetFont } from '$lib/server/render/fontSubset';
import { graphicInput } from '$lib/server/render/images';
import { figureSvg } from '$lib/server/render/stepFigure';
import { storyIn } from '$lib/server/load/story';

describe('textCharacters', () => {
	it.each([
		['one text', '<svg><text x="1">Kaboul</text></svg>', 'Kabolu'],
		['tspans, not tags', '<text><tspan x="1">ab</tspan><tspan>c</tspan></text>', 'abc'],
		['entities decoded', '<text>a &amp; b &lt; c &#8239;</text>', ' &<abc\u202f'],
		['no capitals added', '<text>é</text>', 'é'],
		['nothing outside <text>', '<style>.a{fill:red}</style><title>x</title>', '']
	])('%s', (_, svg, expected) => {
		expect(textCharacters(svg)).toBe([...expected].sort().join(''));
	});
});

/** Code points the subset of `file` to `text` has no glyph for (shaped to .notdef). */
async function missingGlyphs(file: string, text: string): Promise<string[]> {
	const ttf = await subsetFont(readFileSync(file), text, {
		targetFormat: 'truetype',
		keepFeatures: [...FEATURES]
	});
	const font = new hb.Font(new hb.Face(new hb.Blob(ttf)));
	return [...text].filter((c) => {
		const buffer = new hb.Buffer();
		buffer.addText(c);
		buffer.guessSegmentProperties();
		hb.shape(font, buffer);
		return buffer.getGlyphInfos().some((g) => g.codepoint === 0);
	});
}

describe.each(LANGS)('the %s figures’ own fonts', (lang) => {
	const input = graphicInput(lang);
	const figures = storyIn(lang).steps.map((step) => ({
		slug: step.slug,
		svg: figureSvg(step, input)
	}));

	it.each(figures)(
		'$slug: sets no text in capitals by CSS (its fonts hold only the characters written)',
		({ svg }) => {
			expect(svg).not.toMatch(/text-transform\s*:\s*(uppercase|capitalize)/);
		}
	);

	it.each(figures)(
		'$slug: every character of its labels has its glyph, in both faces',
		async ({ svg }) => {
			const text = textCharacters(svg);
			expect(await missingGlyphs(CARD_FONTS.sans, text)).toEqual([]);
			expect(await missingGlyphs(CARD_FONTS.sansSemiBold, text)).toEqual([]);
		}
	);

	it.each(figures.slice(0, 2))(
		'$slug: the fonts go first, before its styles, once',
		async ({ svg }) => {
			const published = await withFonts(svg);
			const fonts = await embeddedFonts(svg);
			expect(published).toBe(svg.replace(/^(<svg[^>]*>)/, `$1${fonts}`));
			expect(fonts.match(/@font-face\{font-family:'Source Sans 3';font-weight:(\d+);/g)).toEqual([
				"@font-face{font-family:'Source Sans 3';font-weight:400;",
				"@font-face{font-family:'Source Sans 3';font-weight:600;"
			]);
			expect(await embeddedFonts(svg), 'deterministic').toBe(fonts);
		}
	);
});
