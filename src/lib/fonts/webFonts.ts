import sans400 from './source-sans-3-400.woff2?url';
import sans600 from './source-sans-3-600.woff2?url';
import serif400 from './source-serif-4-400.woff2?url';
import serif700 from './source-serif-4-700.woff2?url';

/**
 * The characters the subsets hold (scripts/fonts/subset.ts cuts them; tests/unit/fonts.test.ts
 * keeps this range equal to it): other characters stay in the fallback fonts.
 */
export const UNICODE_RANGE =
	'U+20-7E, U+A0-FF, U+152-153, U+178, U+2009, U+2010-2011, U+2013-2014, U+2018-2019, U+201C-201D, ' +
	'U+2022, U+2026, U+202F, U+2032-2033, U+2039-203A, U+2060, U+20AC, U+2190-2193, U+2212';

/** Source Serif 4 (text) and Source Sans 3 (labels, navigation). No italic: see subset.ts. */
export const WEB_FONTS = [
	{ family: 'Source Serif 4', weight: 400, url: serif400 },
	{ family: 'Source Serif 4', weight: 700, url: serif700 },
	{ family: 'Source Sans 3', weight: 400, url: sans400 },
	{ family: 'Source Sans 3', weight: 600, url: sans600 }
] as const;

/**
 * Loads the web fonts once the page has loaded, and swaps them in. The first paint never waits
 * for a font: it uses the fallbacks sized like them (global.css), so the swap moves nothing.
 * (Preloaded fonts held the first paint of text back by their download: LCP 2.3 s instead of
 * 1.1 s in Lighthouse's mobile run.) `resolve` turns an asset URL into one relative to the page.
 */
export function loadWebFonts(resolve: (url: string) => string): void {
	// Each face in a task of its own: starting a download costs several ms on a slow phone (the
	// four in one task took up to 60 ms at 4× CPU).
	const fetchFace = (font: (typeof WEB_FONTS)[number]) =>
		new Promise<FontFace>((loaded, failed) =>
			setTimeout(() => {
				const face = new FontFace(font.family, `url(${resolve(font.url)}) format('woff2')`, {
					weight: String(font.weight),
					style: 'normal',
					display: 'swap',
					unicodeRange: UNICODE_RANGE
				});
				face.load().then(loaded, failed);
			})
		);
	const load = () =>
		// All at once: one swap, not a heading in one font and its text in the other for a moment.
		// A face that fails to load leaves its fallback: nothing a reader needs is lost.
		void Promise.allSettled(WEB_FONTS.map(fetchFace)).then((results) => {
			for (const result of results)
				if (result.status === 'fulfilled') document.fonts.add(result.value);
		});
	if (document.readyState === 'complete') load();
	else window.addEventListener('load', load, { once: true });
}
