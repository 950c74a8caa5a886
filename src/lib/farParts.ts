import { schedule } from './deferred';

/**
 * The attribute of a part of the page far below the first screen (the sources, the embed code).
 * Its CSS keeps the part out of the first layout (`content-visibility: auto`) until the attribute
 * reads `'ahead'`, which `layOutFarParts` sets once the page is idle, a part per job. Left to the
 * moment the reader brings it near, a part's first layout fell in a step change's frame: the
 * sources' 80 entries, at the last step (a task of 50-80 ms at 4× CPU).
 */
export const FAR_PART = 'data-far';

const waiting = `[${FAR_PART}=""]`;

/** Lays the far parts out ahead, in page order, in jobs of the page's scheduler (`far-ahead`). */
export function layOutFarParts(): void {
	schedule('far-ahead', () => {
		document.querySelector(waiting)?.setAttribute(FAR_PART, 'ahead');
		return document.querySelector(waiting) ? 'again' : undefined;
	});
}
