import type { Mark } from './scene';

/** Opacity steps the marks are drawn at while they fade (invisible at 60 fps, 10 steps). */
const OPACITY_STEPS = 10;

export interface MarkPath {
	/** `us` or `ally`, then the opacity step: stable across frames, for keyed rendering. */
	key: string;
	kind: 'us' | 'ally';
	opacity: number;
	/** Every square of that kind and opacity, as one path. */
	d: string;
	/** How many squares the path draws. */
	count: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The unit marks as a few paths (one per kind and opacity step) instead of one element per
 * square: a frame of a transition then sets a handful of attributes, not 768, and the page
 * hydrates 2 elements, not 384.
 */
export function markPaths(marks: readonly Mark[], usCount: number): MarkPath[] {
	const groups = new Map<string, MarkPath>();
	marks.forEach((m, i) => {
		const step = Math.round(m.opacity * OPACITY_STEPS);
		if (step <= 0 || m.size <= 0) return;
		const kind = i < usCount ? 'us' : 'ally';
		const key = `${kind}-${step}`;
		let group = groups.get(key);
		if (!group) {
			group = { key, kind, opacity: step / OPACITY_STEPS, d: '', count: 0 };
			groups.set(key, group);
		}
		const s = round(m.size);
		group.d += `M${round(m.x)} ${round(m.y)}h${s}v${s}h${-s}z`;
		group.count++;
	});
	return [...groups.values()];
}
