import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { troopChartData } from '$lib/data/chartData';
import { parseNato, parsePresidencies, parseTimeline, parseTroops } from '$lib/data/troops';
import { interpolateScene, staggered } from '$lib/graphics/troops/interpolate';
import { overlaps, separate, type LabelBox } from '$lib/graphics/troops/labels';
import { scalesFor } from '$lib/graphics/troops/scales';
import { troopScene, yMax, type Size } from '$lib/graphics/troops/scene';
import { wrap } from '$lib/graphics/troops/wrap';
import { storyStates } from '$lib/story/steps';
import type { TroopsState } from '$lib/story/types';

const read = (file: string) => readFileSync(file, 'utf8');
const data = troopChartData(
	parseTroops(read('data/sources/troops_us.csv'), 'troops_us.csv'),
	parseTimeline(read('data/sources/timeline.csv'), 'timeline.csv'),
	parseNato(read('data/sources/nato_resolute_support.csv'), 'nato.csv'),
	parsePresidencies(read('data/sources/presidencies.csv'), 'presidencies.csv'),
	'2021-05-04'
);
const troopStates = storyStates.filter((s) => s.state.view === 'troops') as unknown as {
	slug: string;
	state: TroopsState;
}[];
const stateOf = (slug: string) => troopStates.find((s) => s.slug === slug)!.state;
const sizes: Size[] = [
	{ width: 320, height: 260 },
	{ width: 358, height: 320 },
	{ width: 860, height: 640 }
];
const visible = (scene: ReturnType<typeof troopScene>) =>
	scene.marks.filter((m) => m.opacity > 0.5).length;

describe('troopScene', () => {
	it.each([
		{ slug: 'retrait', chart: 'units', marks: 100, layer: 'units' },
		{ slug: 'echeance', chart: 'calendar', marks: 0, layer: 'calendar' },
		{ slug: 'otan', chart: 'nato', marks: 384, layer: 'nato' },
		{ slug: 'vingt-ans', chart: 'history', marks: 0, layer: 'history' },
		{ slug: 'doha', chart: 'drawdown', marks: 0, layer: 'drawdown' },
		{ slug: 'biden', chart: 'deadline', marks: 0, layer: 'former' }
	] as const)(
		'$slug: $chart with $marks marks, $layer layer shown',
		({ slug, chart, marks, layer }) => {
			for (const size of sizes) {
				const scene = troopScene(stateOf(slug), data, size);
				expect(scene.chart).toBe(chart);
				expect(visible(scene)).toBe(marks);
				expect(scene.layers[layer]).toBe(1);
				for (const m of scene.marks.filter((m) => m.opacity > 0)) {
					expect(m.x).toBeGreaterThanOrEqual(0);
					expect(m.x + m.size).toBeLessThanOrEqual(size.width);
					expect(m.y + m.size).toBeLessThanOrEqual(size.height);
				}
			}
		}
	);

	it('one mark stands for 25 soldiers: 2 500 US troops are 100 marks, Resolute Support 9 592 are 384', () => {
		const scene = troopScene(stateOf('otan'), data, sizes[2]!);
		expect(scene.marks).toHaveLength(Math.round(9592 / 25));
	});

	it('line charts take their x window from the state, the deadline slides from Doha to Biden', () => {
		const doha = troopScene(stateOf('doha'), data, sizes[2]!);
		const biden = troopScene(stateOf('biden'), data, sizes[2]!);
		const history = troopScene(stateOf('vingt-ans'), data, sizes[2]!);
		const day = (t: number) => new Date(t).toISOString().slice(0, 10);
		expect([day(history.x0), day(history.x1)]).toEqual(['2001-07-01', '2021-12-31']);
		expect(history.y1).toBe(120_000);
		expect(doha.y1).toBe(15_000);
		expect(day(doha.deadline)).toBe('2021-05-01');
		expect(day(biden.deadline)).toBe('2021-09-11');
		expect(day(biden.formerDeadline)).toBe('2021-05-01');
	});

	it('is pure: same inputs, same scene, inputs untouched', () => {
		const state = stateOf('otan');
		const before = JSON.stringify([state, data]);
		expect(troopScene(state, data, sizes[0]!)).toEqual(troopScene(state, data, sizes[0]!));
		expect(JSON.stringify([state, data])).toBe(before);
	});
});

describe('interpolateScene', () => {
	const a = troopScene(stateOf('retrait'), data, sizes[1]!);
	const b = troopScene(stateOf('vingt-ans'), data, sizes[1]!);

	it('starts on the first scene and ends exactly on the second', () => {
		const tween = interpolateScene(a, b);
		expect(tween(0).marks).toEqual(a.marks);
		expect(tween(0).x0).toBe(a.x0);
		expect(tween(1)).toBe(b);
	});

	it('moves smoothly in between and fades layers out before fading new ones in', () => {
		const mid = interpolateScene(a, b)(0.5);
		expect(mid.y1).toBeGreaterThan(Math.min(a.y1, b.y1) - 1);
		expect(mid.layers.units).toBe(0);
		expect(mid.layers.history).toBe(0);
		expect(interpolateScene(a, b)(0.75).layers.history).toBeCloseTo(0.5);
	});

	it('staggers marks within [0, 1]', () => {
		for (const t of [0, 0.3, 0.7, 1])
			for (const i of [0, 50, 99]) {
				const ti = staggered(t, i, 100, 0.6);
				expect(ti).toBeGreaterThanOrEqual(0);
				expect(ti).toBeLessThanOrEqual(1);
			}
		expect(staggered(0.5, 0, 100, 0.6)).toBeGreaterThan(staggered(0.5, 99, 100, 0.6));
	});
});

describe('labels', () => {
	it('separate() moves overlapping labels apart and leaves its input alone', () => {
		const boxes: LabelBox[] = [
			{ x: 100, y: 100, width: 40, height: 12, anchor: 'middle' },
			{ x: 110, y: 104, width: 40, height: 12, anchor: 'middle' },
			{ x: 300, y: 100, width: 40, height: 12, anchor: 'middle' }
		];
		const copy = structuredClone(boxes);
		const placed = separate(boxes);
		expect(boxes).toEqual(copy);
		for (let i = 0; i < placed.length; i++)
			for (let j = i + 1; j < placed.length; j++)
				expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
		expect(placed[2]).toEqual(boxes[2]);
	});

	it('wrap() keeps lines within the width', () => {
		const lines = wrap('environ 100 000 au plus fort, en 2010-2011', 100, 12);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('environ 100 000 au plus fort, en 2010-2011');
	});

	it('yMax rounds the largest figure up to a readable axis top', () => {
		expect(yMax(data, '2001-07-01', '2021-12-31')).toBe(120_000);
		expect(yMax(data, '2020-01-01', '2021-10-31')).toBe(15_000);
	});

	it('scales map the window onto the plot area', () => {
		const scene = troopScene(stateOf('doha'), data, sizes[2]!);
		const { x, y, frame } = scalesFor(scene, sizes[2]!);
		expect(x(scene.x0)).toBe(frame.left);
		expect(y(0)).toBe(frame.bottom);
	});
});
