/**
 * The page's web fonts, cut to the characters French and English copy needs.
 *
 * `npm run fonts` (scripts/fonts.ts) writes the subsets to src/lib/fonts/, where Vite fingerprints
 * them; src/lib/fonts/webFonts.ts loads them. tests/unit/fonts.test.ts checks that the committed
 * files are what this module makes now, and that every character of the copy is in CHARSET.
 *
 * Sources: the full static fonts from Google Fonts that @expo-google-fonts ships (the same files
 * the share cards are drawn with; same versions and metrics as @fontsource's). Not @fontsource's
 * `latin` files: Google's latin subset has no U+202F (the narrow no-break space French typography
 * puts before ; ! ? and inside « », and between digit groups), no U+2010 hyphen (which HarfBuzz
 * draws a missing non-breaking hyphen with), no Ÿ and no ← →.
 *
 * HarfBuzz (through subset-font, WebAssembly) does the subsetting; the output depends only on the
 * source fonts and the locked versions of subset-font and its HarfBuzz and WOFF2 encoder (no dates,
 * no randomness): after upgrading them, run `npm run fonts` again.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { FEATURES, subsetFont } from '../../src/lib/server/render/fontSubset';

const require = createRequire(import.meta.url);

export { FEATURES } from '../../src/lib/server/render/fontSubset';

/** Where the subsets go (committed). */
export const FONTS_DIR = fileURLToPath(new URL('../../src/lib/fonts/', import.meta.url));

/**
 * The characters kept, as inclusive code point ranges. Change it here, run `npm run fonts`, and
 * copy `unicodeRange()` into src/lib/fonts/webFonts.ts (the unit test compares them).
 */
export const CHARSET_RANGES: readonly (readonly [number, number, string])[] = [
	[0x0020, 0x007e, 'Basic Latin, printable'],
	[0x00a0, 0x00ff, 'Latin-1: no-break space, « », accented letters, ·, ×, °'],
	[0x0152, 0x0153, 'Œ œ'],
	[0x0178, 0x0178, 'Ÿ'],
	[0x2009, 0x2009, 'thin space'],
	[0x2010, 0x2011, 'hyphen, non-breaking hyphen (the typography step puts one in 11-Septembre)'],
	[0x2013, 0x2014, 'en and em dashes'],
	[0x2018, 0x2019, '‘ ’ (apostrophe)'],
	[0x201c, 0x201d, '“ ”'],
	[0x2022, 0x2022, 'bullet'],
	[0x2026, 0x2026, 'ellipsis'],
	[0x202f, 0x202f, 'narrow no-break space'],
	[0x2032, 0x2033, 'prime, double prime'],
	[0x2039, 0x203a, '‹ ›'],
	[0x2060, 0x2060, 'word joiner (invisible)'],
	[0x20ac, 0x20ac, '€'],
	[0x2190, 0x2193, '← ↑ → ↓'],
	[0x2212, 0x2212, 'minus sign']
];

/** Every character kept, in code point order. */
export const CHARSET: string = CHARSET_RANGES.flatMap(([from, to]) =>
	Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))
).join('');

/** The CSS `unicode-range` of the subsets, e.g. `U+20-7E, U+A0-FF, …`. */
export function unicodeRange(): string {
	const hex = (cp: number) => cp.toString(16).toUpperCase();
	return CHARSET_RANGES.map(([from, to]) =>
		from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`
	).join(', ');
}

export interface Face {
	/** File name in src/lib/fonts/. */
	file: string;
	family: 'Source Serif 4' | 'Source Sans 3';
	weight: 400 | 600 | 700;
	/** Source font, resolved from node_modules. */
	source: string;
}

/**
 * The faces the page uses. No italic: the only italic text is the map's province names, set in
 * Source Sans 3, which the browser slants itself (as it did before: the Source Serif 4 italic the
 * page used to declare was never used).
 */
export const FACES: readonly Face[] = [
	{
		file: 'source-serif-4-400.woff2',
		family: 'Source Serif 4',
		weight: 400,
		source: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf'
	},
	{
		file: 'source-serif-4-700.woff2',
		family: 'Source Serif 4',
		weight: 700,
		source: '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf'
	},
	{
		file: 'source-sans-3-400.woff2',
		family: 'Source Sans 3',
		weight: 400,
		source: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf'
	},
	{
		file: 'source-sans-3-600.woff2',
		family: 'Source Sans 3',
		weight: 600,
		source: '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf'
	}
];

/** The fonts' licence (SIL OFL 1.1), copied next to the subsets. */
export const LICENCES = [
	{ file: 'OFL-source-serif-4.txt', source: '@expo-google-fonts/source-serif-4/LICENSE_FONT' },
	{ file: 'OFL-source-sans-3.txt', source: '@expo-google-fonts/source-sans-3/LICENSE_FONT' }
] as const;

/** Reads a file of an installed package. */
export const readSource = (source: string): Buffer => readFileSync(require.resolve(source));

/** The subset of a face: WOFF2 for the page, or TrueType (what HarfBuzz reads, for the tests). */
export function subsetFace(face: Face, format: 'woff2' | 'truetype' = 'woff2'): Promise<Buffer> {
	return subsetFont(readSource(face.source), CHARSET, {
		targetFormat: format,
		keepFeatures: [...FEATURES]
	});
}
