import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
import { interrupt } from 'd3-transition';
import { motionDuration } from './motion.svelte';

/**
 * Moves a chart from the scene it shows to a new one with a D3 transition on `node`.
 * A new target interrupts the running transition and starts from wherever it was, so the
 * chart never lands on a stale state. A new step gets the full duration; a resize in the
 * middle of a transition keeps going to the new layout in the time left.
 */
export class SceneTween<S> {
	#endsAt = 0;

	constructor(
		private readonly name: string,
		private readonly interpolate: (a: S, b: S) => (t: number) => S
	) {}

	/** Starts moving from `from` to `to`, calling `set` on every frame (or once, without motion). */
	run(
		node: Element,
		from: S,
		to: S,
		options: { animate: boolean; newStep: boolean },
		set: (scene: S) => void
	) {
		const now = performance.now();
		const duration = !options.animate
			? 0
			: options.newStep
				? motionDuration()
				: Math.max(0, this.#endsAt - now);
		interrupt(node, this.name);
		if (duration === 0) {
			this.#endsAt = 0;
			set(to);
			return;
		}
		this.#endsAt = now + duration;
		const tween = this.interpolate(from, to);
		select(node)
			.transition(this.name)
			.duration(duration)
			.ease(easeCubicInOut)
			.tween(this.name, () => (t) => set(tween(t)));
	}
}
