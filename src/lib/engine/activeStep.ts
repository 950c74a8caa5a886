/** The part of the document the reader sees, in document coordinates (px from the document's top). */
export interface Viewport {
	top: number;
	height: number;
}

/** Where the trigger line sits, as a fraction of the viewport's height from its top. */
export const TRIGGER = 0.6;

/**
 * The active step: the last step whose top has crossed the trigger line, or -1 before the first.
 * A pure function of geometry, so load, jumps and resizes all give the right step at once.
 *
 * @param stepTops each step's top in document coordinates, in reading order (ascending)
 * @example activeStep([1000, 2000], { top: 600, height: 800 }) // 0: trigger line at 1080
 */
export function activeStep(
	stepTops: readonly number[],
	viewport: Viewport,
	trigger = TRIGGER
): number {
	const line = viewport.top + viewport.height * trigger;
	let active = -1;
	for (let i = 0; i < stepTops.length; i++) {
		if (stepTops[i]! <= line) active = i;
		else break;
	}
	return active;
}

/**
 * The trigger line the layout sets (the CSS custom property `--trigger`), or `TRIGGER` when it is
 * missing or not a share of the viewport.
 *
 * @example triggerFrom(' 0.8') // 0.8
 */
export function triggerFrom(css: string): number {
	const value = Number.parseFloat(css);
	return value > 0 && value < 1 ? value : TRIGGER;
}

/** How far above the trigger line a step's top lands after a jump, as a share of the viewport. */
const LANDING_MARGIN = 0.04;

/** Where a step's top lands after a jump: just past the trigger line, the graphic above it in view. */
export const landingFor = (trigger: number) => trigger - LANDING_MARGIN;

/** The scroll position that opens the story at a step (its top at `landing` of the viewport). */
export function scrollTopFor(
	stepTop: number,
	viewportHeight: number,
	landing = landingFor(TRIGGER)
): number {
	return Math.max(0, Math.round(stepTop - viewportHeight * landing));
}
