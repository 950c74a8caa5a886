import type { Copy, GraphicState, Story } from './types';

/** Joins the copy and the graphic states (same slugs, same order, checked by `parseCopy`). */
export function buildStory(
	copy: Copy,
	states: readonly { slug: string; state: GraphicState }[]
): Story {
	return {
		...copy,
		steps: copy.steps.map((step, index) => {
			const entry = states[index];
			if (!entry || entry.slug !== step.slug)
				throw new Error(`copy step "${step.slug}" has no graphic state at position ${index + 1}`);
			return { ...step, index, state: entry.state };
		})
	};
}
