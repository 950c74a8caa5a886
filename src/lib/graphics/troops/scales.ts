import { ticks } from 'd3-array';
import { utcMonth, utcYear } from 'd3-time';
import type { Size } from '../size';
import { frame, type Scene } from './scene';

export interface Linear {
	(value: number | Date): number;
	domain(): [number, number];
	/** Round values across the domain (d3-array's ticks). */
	ticks(count: number): number[];
}

/**
 * A linear scale: what the troop chart needs of d3-scale's, without the interpolators and
 * number and date formats d3-scale brings along (about 5 KB compressed on the first load; the
 * chart formats its numbers and dates in French itself).
 */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): Linear {
	const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
	const scale = (value: number | Date) => r0 + (+value - d0) * k;
	scale.domain = () => [d0, d1] as [number, number];
	scale.ticks = (count: number) => ticks(Math.min(d0, d1), Math.max(d0, d1), count);
	return scale;
}

/** The x (time, in ms, ticks from d3-time) and y (troops) scales of a scene at a size. */
export function scalesFor(scene: Scene, size: Size) {
	const f = frame(size);
	return {
		frame: f,
		x: linear([scene.x0, scene.x1], [f.left, f.right]),
		y: linear([0, scene.y1], [f.bottom, f.top])
	};
}
export type Scales = ReturnType<typeof scalesFor>;

/** Round years between two instants (ms), every 1, 2, 5 or 10 years: about `count` of them. */
export function yearTicks(from: number, to: number, count: number): Date[] {
	const years = (to - from) / (365.25 * 864e5);
	const every = [1, 2, 5, 10].find((k) => years / k <= count * 1.3) ?? 10;
	return utcYear.every(every)!.range(utcYear.ceil(new Date(from)), new Date(to + 1));
}

/** First days of every `every`-th month (January first) between two instants (ms). */
export function monthTicks(from: number, to: number, every: number): Date[] {
	return utcMonth.every(every)!.range(utcMonth.ceil(new Date(from)), new Date(to + 1));
}
