import { LAYERS, type Layer, type Mark, type Scene } from './scene';

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const clamp01 = (t: number) => Math.min(1, Math.max(0, t));

/** Mark `i` of `n` moves during its own slice of the transition, so marks leave one after another. */
export function staggered(t: number, i: number, n: number, spread: number): number {
	if (n <= 1 || spread <= 0) return t;
	const start = (i / (n - 1)) * spread;
	return clamp01((t - start) / (1 - spread));
}

/** Outgoing layers fade out in the first half, incoming ones fade in during the second half. */
function layerOpacity(from: number, to: number, t: number): number {
	if (to < from) return lerp(from, to, clamp01(t * 2));
	if (to > from) return lerp(from, to, clamp01(t * 2 - 1));
	return to;
}

/**
 * Interpolates between two scenes of the same size (same number of marks).
 * Returns `b` itself at t = 1, so a finished transition ends exactly on the target.
 */
export function interpolateScene(a: Scene, b: Scene): (t: number) => Scene {
	const n = b.marks.length;
	const spread = a.chart === 'calendar' || b.chart === 'calendar' ? 0.6 : 0.2;
	return (t) => {
		if (t >= 1) return b;
		const marks = b.marks.map((to, i): Mark => {
			const from = a.marks[i] ?? to;
			const ti = staggered(t, i, n, spread);
			return {
				x: lerp(from.x, to.x, ti),
				y: lerp(from.y, to.y, ti),
				size: lerp(from.size, to.size, ti),
				opacity: lerp(from.opacity, to.opacity, ti)
			};
		});
		const layers = Object.fromEntries(
			LAYERS.map((l) => [l, layerOpacity(a.layers[l], b.layers[l], t)])
		) as Record<Layer, number>;
		return {
			chart: b.chart,
			x0: lerp(a.x0, b.x0, t),
			x1: lerp(a.x1, b.x1, t),
			y1: lerp(a.y1, b.y1, t),
			deadline: lerp(a.deadline, b.deadline, t),
			formerDeadline: lerp(a.formerDeadline, b.formerDeadline, t),
			marks,
			layers
		};
	};
}
