import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatDay } from '$lib/format/fr';
import { frenchTypography } from '$lib/format/typography';
import {
	CHARSET,
	FACES,
	FONTS_DIR,
	readSource,
	subsetFace,
	unicodeRange,
	type Face
} from '../../scripts/fonts/subset';
import { WEB_FONTS } from '$lib/fonts/webFonts';
import { globalFontFaces } from './helpers/fontFaces';

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The string literals of a TypeScript file (template literals without their `${}` parts), each on
 * its line of the file, so that a report names the right line.
 */
function stringLiterals(file: string): string {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
	const lines: string[] = source.getLineStarts().map(() => '');
	const visit = (node: ts.Node) => {
		if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
			const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
			lines[line] += ` ${node.text.replace(/[\n\r\t]+/g, ' ')}`;
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return lines.join('\n');
}

/** The words the page sets in the web fonts, by where an editor types them. */
const sources: Record<string, string> = {
	'data/copy/fr.aml': readFileSync('data/copy/fr.aml', 'utf8'),
	'data/copy/en.aml': readFileSync('data/copy/en.aml', 'utf8'),
	'src/lib/i18n/fr.ts (string literals)': stringLiterals('src/lib/i18n/fr.ts'),
	'src/lib/i18n/en.ts (string literals)': stringLiterals('src/lib/i18n/en.ts')
};
/** What the page makes of them: French spacing, apostrophes and hyphens, number and date formats. */
const rendered = [
	...Object.values(sources).map((text) => text.split('\n').map(frenchTypography).join('\n')),
	`${formatCount(2500)} ${formatCount(100_000)} ${formatDay('2021-05-01')}`
].join('\n');

/** Line breaks and tabs are layout, not glyphs. */
const isLayout = (c: string) => c === '\n' || c === '\r' || c === '\t';
const charset = new Set(CHARSET);

describe('web fonts: the committed subsets (src/lib/fonts/)', () => {
	it.each(FACES.map((face) => [face.file, face] as const))(
		'%s is what `npm run fonts` makes now',
		async (file, face) => {
			const committed = readFileSync(join(FONTS_DIR, file));
			const made = await subsetFace(face);
			expect(
				made.equals(committed),
				`${file} (${committed.length} B) differs from a fresh subset (${made.length} B): run npm run fonts`
			).toBe(true);
		}
	);

	/** global.css's `@font-face` rules with a file (the fallbacks name local fonts only). */
	const declared = globalFontFaces()
		.filter((face) => face.src?.includes('url('))
		.map((face) => ({
			family: face['font-family']?.replace(/'/g, ''),
			weight: Number(face['font-weight']),
			file: face.src?.match(/url\('\.\.\/lib\/fonts\/([^']+)'\)/)?.[1],
			display: face['font-display'],
			range: face['unicode-range']
		}));

	it('are declared in global.css, each with its file and the subsets’ unicode-range', () => {
		expect(declared).toEqual(
			FACES.map((face) => ({
				family: face.family,
				weight: face.weight,
				file: face.file,
				display: 'swap',
				range: unicodeRange()
			}))
		);
	});

	it('are the faces src/lib/fonts/webFonts.ts asks for', () => {
		expect(WEB_FONTS.map(({ family, weight }) => ({ family, weight }))).toEqual(
			FACES.map(({ family, weight }) => ({ family, weight }))
		);
	});
});

describe('web fonts: the character set (scripts/fonts/subset.ts, CHARSET_RANGES)', () => {
	it.each(Object.entries(sources))('has every character of %s', (name, text) => {
		const missing = new Map<string, number>();
		text.split('\n').forEach((line, i) => {
			for (const c of line)
				if (!isLayout(c) && !charset.has(c) && !missing.has(c)) missing.set(c, i + 1);
		});
		const report = [...missing].map(
			([c, line]) =>
				`${hex(c)} ${JSON.stringify(c)} (${name}, line ${line}): not in the web fonts; add it to CHARSET_RANGES in scripts/fonts/subset.ts, then npm run fonts, or use another character`
		);
		expect(report).toEqual([]);
	});

	it('has the characters the page adds (French spacing, ’, non-breaking hyphen, figures)', () => {
		const missing = [...new Set(rendered)].filter((c) => !isLayout(c) && !charset.has(c));
		expect(missing.map(hex)).toEqual([]);
	});
});

describe('web fonts: each subset draws the copy as its full font does', () => {
	type Shaper = (text: string, language: string, features: string[]) => string[];
	/** Glyph outlines, advances and offsets HarfBuzz (the shaper of Chromium and Firefox) gives. */
	const shaper = (font: Uint8Array): Shaper => {
		const hbFont = new hb.Font(new hb.Face(new hb.Blob(font)));
		const outlines = new Map<number, string>();
		const outline = (glyph: number) => {
			if (!outlines.has(glyph))
				outlines.set(glyph, glyph === 0 ? 'missing glyph' : hbFont.glyphToPath(glyph));
			return outlines.get(glyph)!;
		};
		return (text, language, features) => {
			const buffer = new hb.Buffer();
			buffer.addText(text);
			buffer.setLanguage(language);
			buffer.guessSegmentProperties();
			hb.shape(
				hbFont,
				buffer,
				features.map((tag) => new hb.Feature(tag, 1))
			);
			const positions = buffer.getGlyphPositions();
			return buffer
				.getGlyphInfos()
				.map(
					(g, i) =>
						`${text.charAt(g.cluster)} advance ${positions[i]!.xAdvance} offset ${positions[i]!.xOffset},${positions[i]!.yOffset} ${outline(g.codepoint)}`
				);
		};
	};
	// The text of each language, line breaks dropped (HarfBuzz would count them as missing glyphs).
	const texts = {
		fr: rendered.replace(/[\n\r\t]+/g, ' '),
		en: sources['data/copy/en.aml']!.replace(/[\n\r\t]+/g, ' ')
	};
	const shapers = new Map<Face, { full: Shaper; subset: Shaper }>();
	beforeAll(async () => {
		for (const face of FACES)
			shapers.set(face, {
				full: shaper(readSource(face.source)),
				subset: shaper(await subsetFace(face, 'truetype'))
			});
	});

	it.each(FACES.map((face) => [face.file, face] as const))(
		'%s: same glyphs, advances and kerning, with and without tabular lining figures',
		(_, face) => {
			const { full, subset } = shapers.get(face)!;
			for (const [language, text] of Object.entries(texts))
				for (const features of [[], ['lnum', 'tnum']]) {
					const expected = full(text, language, features);
					const got = subset(text, language, features);
					const at = got.findIndex((glyph, i) => glyph !== expected[i]);
					expect(
						at === -1 && got.length === expected.length,
						`${language}, ${features.join('+') || 'default features'}: glyph ${at}, ${got[at]?.slice(0, 70)}… instead of ${expected[at]?.slice(0, 70)}…`
					).toBe(true);
					expect(got.filter((glyph) => glyph.includes('missing glyph'))).toEqual([]);
				}
		}
	);
});
