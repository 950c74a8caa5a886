import { schedule } from '$lib/deferred';
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

/** The attribute of a part of the page the web fonts are switched on in, alone; `'on'` once they are. */
const PART = 'data-web-fonts';

/**
 * The order the parts are switched in: those the reader sees first (`inView`), then the others
 * in the page's order. A page without parts is one part: its body.
 */
export function partsInOrder<T>(parts: T[], inView: (part: T) => boolean, body: T): T[] {
	if (parts.length === 0) return [body];
	return [...parts.filter(inView), ...parts.filter((part) => !inView(part))];
}

/**
 * Loads the web fonts (the layout calls it once the page has loaded), then switches them on one
 * part of the page at a time, in jobs of the page's scheduler (`fonts`). The first paint never
 * waits for a font: it uses the fallbacks sized like them (global.css), so the switch moves
 * nothing. (Preloaded fonts held the first paint of text back by their download: LCP 2.3 s
 * instead of 1.1 s in Lighthouse's mobile run. Switched on all at once, they relaid the whole
 * page out in one task of 130-200 ms at 4× CPU; a part, a card or the graphic, takes 1-40 ms.)
 * The parts are the elements marked `data-web-fonts` that the page keeps for its life (a card, not
 * a label the graphic redraws): what is drawn in them later inherits the fonts. `resolve` turns an
 * asset URL into one relative to the page.
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
	// A face that fails to load leaves its fallback: nothing a reader needs is lost.
	void Promise.allSettled(WEB_FONTS.map(fetchFace)).then((results) => {
		const faces = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
		if (faces.length > 0) switchOn(faces);
	});
}

/** Adds the faces (no element names them yet), then switches the parts on, one per job. */
function switchOn(faces: FontFace[]) {
	let parts: Element[] | undefined;
	// Each job lays out what it changed, so the scheduler's slice counts that time.
	const layOut = () => void document.body.offsetHeight;
	schedule('fonts', () => {
		if (!parts) {
			// One job for the four: adding a face restyles the whole page (35-45 ms at 4× CPU).
			for (const face of faces) document.fonts.add(face);
			layOut();
			const inView = (part: Element) => {
				const box = part.getBoundingClientRect();
				return box.bottom > 0 && box.top < innerHeight && box.height > 0;
			};
			parts = partsInOrder([...document.querySelectorAll(`[${PART}]`)], inView, document.body);
			return 'again';
		}
		const part = parts.shift();
		if (part) {
			part.setAttribute(PART, 'on');
			layOut();
		}
		return parts.length > 0 ? 'again' : undefined;
	});
}
