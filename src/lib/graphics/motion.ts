import { prefersReducedMotion } from 'svelte/motion';

/** Default length of a state change, in ms (500-900 ms reads as deliberate, not sluggish). */
export const STATE_CHANGE_MS = 700;

/**
 * The one motion policy for CSS-driven and JS-driven transitions alike: no movement when the
 * reader asks for reduced motion.
 */
export function motionDuration(ms: number = STATE_CHANGE_MS): number {
	return prefersReducedMotion.current ? 0 : ms;
}
