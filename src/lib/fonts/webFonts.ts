import { schedule } from '$lib/deferred';

/**
 * Source Serif 4 (text) and Source Sans 3 (labels, navigation), as global.css declares them
 * (`@font-face`, with the subsets' files and unicode-range). No italic: see subset.ts.
 */
export const WEB_FONTS = [
	{ family: 'Source Serif 4', weight: 400 },
	{ family: 'Source Serif 4', weight: 700 },
	{ family: 'Source Sans 3', weight: 400 },
	{ family: 'Source Sans 3', weight: 600 }
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
 * page out in one task of 130-200 ms at 4× CPU; a part, a card or a piece of the graphic, takes
 * 1-6 ms at full speed.) The faces are global.css's `@font-face` rules: asking for them here
 * adds nothing to the page's styles, so it restyles nothing.
 * The parts are the elements marked `data-web-fonts` that the page keeps for its life (a card, not
 * a label the graphic redraws): what is drawn in them later inherits the fonts.
 */
export function loadWebFonts(): void {
	// Each face asked for in a task of its own: starting a download costs several ms on a slow
	// phone (the four in one task took up to 60 ms at 4× CPU).
	const fetchFace = (font: (typeof WEB_FONTS)[number]) =>
		new Promise<FontFace[]>((loaded, failed) =>
			setTimeout(() => {
				document.fonts.load(`${font.weight} 1em "${font.family}"`).then(loaded, failed);
			})
		);
	// A face that fails to load leaves its fallback: nothing a reader needs is lost.
	void Promise.allSettled(WEB_FONTS.map(fetchFace)).then((results) => {
		if (results.some((r) => r.status === 'fulfilled' && r.value.length > 0)) switchOn();
	});
}

/** Switches the parts on, one per job, those in view first. */
function switchOn() {
	let parts: Element[] | undefined;
	const inView = (part: Element) => {
		const box = part.getBoundingClientRect();
		return box.bottom > 0 && box.top < innerHeight && box.height > 0;
	};
	schedule('fonts', () => {
		parts ??= partsInOrder([...document.querySelectorAll(`[${PART}]`)], inView, document.body);
		const part = parts.shift();
		// Laid out by the scheduler, in the job's slice.
		part?.setAttribute(PART, 'on');
		return parts.length > 0 ? 'again' : undefined;
	});
}
