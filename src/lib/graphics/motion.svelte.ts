import { prefersReducedMotion } from 'svelte/motion';

/** Default length of a state change, in ms (500-900 ms reads as deliberate, not sluggish). */
export const STATE_CHANGE_MS = 700;

const STORAGE_KEY = 'recit-animations';

/**
 * The reader's own choice, from the page's switch, remembered for the visit (sessionStorage);
 * null: follow the system setting (`prefers-reduced-motion`).
 */
export const motionChoice = $state<{ reduced: boolean | null }>({ reduced: null });

/** True when graphics should change without movement. */
export function motionReduced(): boolean {
	return motionChoice.reduced ?? prefersReducedMotion.current;
}

/**
 * The one motion policy for CSS-driven and JS-driven transitions alike: no movement when the
 * reader asks for reduced motion, in the system or with the page's switch.
 */
export function motionDuration(ms: number = STATE_CHANGE_MS): number {
	return motionReduced() ? 0 : ms;
}

/** Sets the reader's choice, remembers it for the visit and tells CSS (`html[data-motion]`). */
export function chooseMotion(reduced: boolean): void {
	motionChoice.reduced = reduced;
	try {
		sessionStorage.setItem(STORAGE_KEY, reduced ? 'reduce' : 'full');
	} catch {
		// Storage can be refused (private modes, sandboxed iframes): the choice still holds for the page.
	}
	document.documentElement.dataset.motion = reduced ? 'reduce' : 'full';
}

/** Restores the choice made earlier in the visit, if any. */
export function restoreMotionChoice(): void {
	let saved: string | null = null;
	try {
		saved = sessionStorage.getItem(STORAGE_KEY);
	} catch {
		return;
	}
	if (saved === 'reduce' || saved === 'full') chooseMotion(saved === 'reduce');
}
