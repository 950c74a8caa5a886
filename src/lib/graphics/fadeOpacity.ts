import type { TransitionConfig } from 'svelte/transition';

/**
 * Fades an element in or out from fully transparent to opaque. Unlike svelte/transition's
 * `fade`, it does not read the element's computed opacity first: that read forces a style
 * recalculation in the middle of a step change (~6 ms at 4× CPU, in a task that must stay short).
 */
export function fadeOpacity(
	_node: Element,
	{ duration, delay = 0 }: { duration: number; delay?: number }
): TransitionConfig {
	return { duration, delay, css: (t) => `opacity: ${t}` };
}
