import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import type { Size } from '../size';
import { zoomTransform, type ZoomTransform, type ZoomView } from './projection';
import { moveKeyframes } from './zoomLayer';

/** What a move animates: elements of their own (HTML boxes), so the compositor can run it. */
export interface MoveLayers {
	/** The provinces' layer: its transform follows the zoom path. */
	shapes: Element;
	/** The highlights only the step left shows: they fade out in the first half. */
	leaving: Element;
	/** The highlights only the step reached shows: they fade in in the second half. */
	entering: Element;
	/** Names and marks, already at the view reached: shown again at the end of the move. */
	names: Element;
}

/** Share of a move at the end of which the names, laid out for its end, fade back in. */
const NAMES_RETURN = 0.15;

const fadeOut: Keyframe[] = [{ opacity: 1 }, { opacity: 0, offset: 0.5 }, { opacity: 0 }];
const fadeIn: Keyframe[] = [{ opacity: 0 }, { opacity: 0, offset: 0.5 }, { opacity: 1 }];
const namesBack: Keyframe[] = [
	{ opacity: 0 },
	{ opacity: 0, offset: 1 - NAMES_RETURN },
	{ opacity: 1 }
];

/**
 * A move of the map from one view to another along d3's smooth zoom path (van Wijk and Nuij),
 * run as Web Animations of transform and opacity: the compositor plays them, and no frame of
 * the move needs the main thread (a JS tween cost each frame a style, layout and paint pass, a
 * frame in four over budget at 4× CPU). The DOM is set to the end state before the move
 * starts; the animations only show the way there.
 */
export class MapMove {
	#animations: Animation[] = [];
	#zoomPath: ((t: number) => ZoomView) | null = null;
	#start = 0;
	#duration = 0;

	/** The view shown at this instant of the running move; null when none runs. */
	viewNow(): ZoomView | null {
		if (!this.#zoomPath) return null;
		const t = Math.min(1, (performance.now() - this.#start) / this.#duration);
		return this.#zoomPath(easeCubicInOut(t));
	}

	/** Time left in the running move, in ms (0 when none runs). */
	remaining(): number {
		return this.#zoomPath ? Math.max(0, this.#start + this.#duration - performance.now()) : 0;
	}

	/**
	 * Moves from `from` to `to` in `duration` ms, the shapes drawn at `drawn`; `done` is called at
	 * the end (not when the move is stopped). The names are hidden during the move only when the
	 * view changes.
	 */
	run(
		move: { from: ZoomView; to: ZoomView; size: Size; drawn: ZoomTransform; duration: number },
		layers: MoveLayers,
		done: () => void
	): void {
		this.stop();
		const path = interpolateZoom(move.from, move.to) as (t: number) => ZoomView;
		const zoomAt = (t: number) => zoomTransform(path(easeCubicInOut(t)), move.size);
		const timing: KeyframeAnimationOptions = { duration: move.duration, easing: 'linear' };
		const shapes = layers.shapes.animate(moveKeyframes(zoomAt, move.drawn), timing);
		this.#animations = [
			shapes,
			layers.leaving.animate(fadeOut, timing),
			layers.entering.animate(fadeIn, timing)
		];
		if (!sameView(move.from, move.to))
			this.#animations.push(layers.names.animate(namesBack, timing));
		this.#zoomPath = path;
		this.#start = performance.now();
		this.#duration = move.duration;
		shapes.onfinish = () => {
			if (this.#animations[0] !== shapes) return;
			this.#animations = [];
			this.#zoomPath = null;
			done();
		};
	}

	/** Stops the running move where it is (the DOM already shows its end). */
	stop(): void {
		for (const animation of this.#animations) animation.cancel();
		this.#animations = [];
		this.#zoomPath = null;
	}
}

const sameView = (a: ZoomView, b: ZoomView) =>
	Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[2] - b[2]) < 0.5;
