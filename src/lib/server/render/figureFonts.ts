import { readFileSync } from 'node:fs';
import { CARD_FONTS } from './cardFonts';
import { FEATURES, subsetFont } from './fontSubset';

/** The faces a figure's labels are set in (Axes, notes, maps: Source Sans 3, 400 and 600). */
const FACES = [
	{ weight: 400, file: CARD_FONTS.sans },
	{ weight: 600, file: CARD_FONTS.sansSemiBold }
] as const;

/**
 * Every character of an SVG's <text> elements, entities decoded, each once, in code point order.
 * Only what is written: no figure sets its text in capitals by CSS (the cards' rasterizer knows no
 * `text-transform`, so capitals are written out; `figureFonts.test` checks that none is set).
 */
export function textCharacters(svg: string): string {
	const decode = (s: string) =>
		s
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
			.replace(/&amp;/g, '&');
	const texts = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
		decode(m[1]!.replace(/<[^>]+>/g, ''))
	);
	return [...new Set(texts.join(''))].sort().join('');
}

/**
 * The `<style>` that gives a standalone figure its own fonts: an SVG shown as an <img> may load
 * nothing, so without them it falls back to the system's sans-serif, wider than Source Sans 3,
 * and its labels, laid out for Source Sans 3, would collide. Each face is cut to the figure's
 * characters (WOFF2, a few KB).
 */
export async function embeddedFonts(svg: string): Promise<string> {
	const text = textCharacters(svg);
	const faces = await Promise.all(
		FACES.map(async ({ weight, file }) => {
			const woff2 = await subsetFont(readFileSync(file), text, {
				targetFormat: 'woff2',
				keepFeatures: [...FEATURES]
			});
			return `@font-face{font-family:'Source Sans 3';font-weight:${weight};src:url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2')}`;
		})
	);
	return `<style>${faces.join('')}</style>`;
}

/** A figure with its fonts, as the site publishes it (`figures/<slug>.svg`). */
export async function withFonts(svg: string): Promise<string> {
	const open = svg.indexOf('>') + 1;
	return svg.slice(0, open) + (await embeddedFonts(svg)) + svg.slice(open);
}
