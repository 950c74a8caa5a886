import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { troopChartData } from '$lib/data/chartData';
import { parseNato, parsePresidencies, parseTimeline, parseTroops } from '$lib/data/troops';
import { overlaps, separate, type LabelBox } from '$lib/graphics/troops/labels';
import { scalesFor } from '$lib/graphics/troops/scales';
import type { Size } from '$lib/graphics/size';
import { troopScene, unitLayout, yMax } from '$lib/graphics/troops/scene';
import {
	gatherPoint,
	nextSheetAhead,
	parkSheet,
	restingSheets,
	settledSheets,
	sheetChange,
	sheetKeyframes,
	sheetsOf,
	type SheetChange
} from '$lib/graphics/troops/sheets';
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

	it.each([
		{ a: sizes[0]!, b: { ...sizes[0]! }, shared: true },
		{ a: sizes[0]!, b: sizes[1]!, shared: false },
		{ a: sizes[1]!, b: { width: sizes[1]!.width, height: sizes[1]!.height + 1 }, shared: false }
	])(
		'lays the unit grids out once per size ($a.width×$a.height, $b.width×$b.height: shared $shared)',
		({ a, b, shared }) => {
			const first = unitLayout(data, a);
			const second = unitLayout(data, b);
			expect(first === second).toBe(shared);
			expect(second).toEqual(unitLayout(data, b));
			// The scenes of a size share its marks: none is built again for a step.
			expect(troopScene(stateOf('retrait'), data, b).marks[0]).toBe(second.usGrid[0]);
		}
	);
});

describe('sheets', () => {
	const size = sizes[1]!;
	const scene = (slug: string) => troopScene(stateOf(slug), data, size);
	const layers = (slug: string) => sheetsOf(scene(slug), size).map((s) => s.layer);
	const fates = (from: string, to: string) =>
		Object.fromEntries(
			sheetChange(scene(from), scene(to), size).map((c) => [c.sheet.layer + ':' + c.fate, c.gather])
		);

	it('draws each step’s layers, in paint order, the marks last', () => {
		expect(layers('retrait')).toEqual(['units', 'marks']);
		expect(layers('echeance')).toEqual(['calendar']);
		expect(layers('otan')).toEqual(['nato', 'marks']);
		expect(layers('vingt-ans')).toEqual(['history', 'axes', 'line', 'target']);
		expect(layers('biden')).toEqual(['axes', 'line', 'former', 'target', 'drawdown']);
	});

	it('keeps what two steps draw alike and swaps the rest', () => {
		// Same window: axes, line and notes stay; the deadline moves, the former one appears.
		expect(Object.keys(fates('doha', 'biden')).sort()).toEqual(
			[
				'axes:kept',
				'line:kept',
				'drawdown:kept',
				'target:leaving',
				'target:entering',
				'former:entering'
			].sort()
		);
		// A new window: the whole chart is drawn anew.
		expect(Object.keys(fates('vingt-ans', 'doha'))).toEqual(
			expect.arrayContaining(['axes:leaving', 'axes:entering', 'line:leaving', 'line:entering'])
		);
	});

	it('gathers the US marks into the calendar’s deadline and the line’s last figure, and back', () => {
		const end = gatherPoint(scene('echeance'))!;
		expect(end).not.toBeNull();
		expect(fates('retrait', 'echeance')['marks:leaving']).toEqual(end);
		expect(fates('echeance', 'otan')['marks:entering']).toEqual(end);
		const last = gatherPoint(scene('vingt-ans'))!;
		expect(fates('otan', 'vingt-ans')['marks:leaving']).toEqual(last);
		expect(gatherPoint(scene('otan'))).toBeNull();
	});

	it('keeps the sheet already drawn when a step draws it alike (nothing to draw again)', () => {
		const doha = scene('doha');
		const kept = sheetChange(doha, scene('biden'), size).find((c) => c.sheet.layer === 'axes')!;
		expect(kept.fate).toBe('kept');
		expect(kept.sheet.scene).toBe(doha);
	});

	it('draws every step’s sheets ahead, one at a time, each once', () => {
		const scenes = troopStates.map((s) => troopScene(s.state, data, size));
		let onPage: SheetChange[] = restingSheets(scenes[0]!, size);
		const drawnAhead: string[] = [];
		for (let sheet = nextSheetAhead(scenes, size, onPage); sheet;) {
			expect(onPage.some((c) => c.sheet.key === sheet!.key)).toBe(false);
			drawnAhead.push(sheet.key);
			onPage = parkSheet(onPage, sheet);
			sheet = nextSheetAhead(scenes, size, onPage);
		}
		const all = new Set(scenes.flatMap((scene) => sheetsOf(scene, size).map((s) => s.key)));
		expect(onPage.map((c) => c.sheet.key).sort()).toEqual([...all].sort());
		expect(new Set(drawnAhead).size).toBe(drawnAhead.length);
		// Only the first step's sheets are shown; the others wait out of sight.
		const shown = onPage.filter((c) => c.fate !== 'parked').map((c) => c.sheet.layer);
		expect(shown).toEqual(['units', 'marks']);
	});

	it('shows a sheet drawn ahead as it was drawn, and parks what a change leaves', () => {
		const scenes = troopStates.map((s) => troopScene(s.state, data, size));
		const [otan, history] = [scene('otan'), scene('vingt-ans')];
		let onPage: SheetChange[] = restingSheets(otan, size);
		for (let sheet = nextSheetAhead(scenes, size, onPage); sheet;)
			sheet = nextSheetAhead(scenes, size, (onPage = parkSheet(onPage, sheet)));
		const before = onPage.map((c) => c.sheet);
		const change = sheetChange(otan, history, size, before);
		// Every sheet on the page is still there, none drawn anew.
		expect(change.length).toBe(before.length);
		for (const c of change) expect(before).toContain(c.sheet);
		const axes = change.find((c) => c.sheet.layer === 'axes' && c.fate === 'entering')!;
		expect(axes.sheet.scene).not.toBe(history);
		expect(change.find((c) => c.sheet.layer === 'nato')!.fate).toBe('leaving');
		const settled = settledSheets(change);
		expect(settled.find((c) => c.sheet.layer === 'nato')!.fate).toBe('parked');
		expect(settled.find((c) => c.sheet === axes.sheet)!.fate).toBe('kept');
		expect(settled.filter((c) => c.fate === 'kept').map((c) => c.sheet.layer)).toEqual(
			sheetsOf(history, size).map((s) => s.layer)
		);
		// Parked sheets neither move nor fade.
		for (const c of settled.filter((c) => c.fate === 'parked'))
			expect(sheetKeyframes(c)).toBeNull();
	});

	it('keeps the page order of sheets already drawn (moving one would draw it again)', () => {
		const scenes = troopStates.map((s) => troopScene(s.state, data, size));
		let onPage: SheetChange[] = restingSheets(scenes[0]!, size);
		for (let sheet = nextSheetAhead(scenes, size, onPage); sheet;)
			sheet = nextSheetAhead(scenes, size, (onPage = parkSheet(onPage, sheet)));
		const order = onPage.map((c) => c.sheet.key);
		let from = scenes[0]!;
		for (const to of [...scenes.slice(1), ...scenes.slice(0, -1).reverse()]) {
			onPage = sheetChange(
				from,
				to,
				size,
				onPage.map((c) => c.sheet)
			);
			expect(onPage.map((c) => c.sheet.key)).toEqual(order);
			onPage = settledSheets(onPage);
			from = to;
		}
	});

	it('drops the sheets drawn at another size', () => {
		const scenes = troopStates.map((s) => troopScene(s.state, data, size));
		let onPage: SheetChange[] = restingSheets(scenes[0]!, size);
		onPage = parkSheet(onPage, nextSheetAhead(scenes, size, onPage)!);
		const other = sizes[2]!;
		const resized = restingSheets(
			troopScene(troopStates[0]!.state, data, other),
			other,
			onPage.map((c) => c.sheet)
		);
		expect(resized.every((c) => c.sheet.frame === `${other.width}x${other.height}`)).toBe(true);
		expect(resized.every((c) => c.fate === 'kept')).toBe(true);
	});

	it('animates only opacity and transform, and nothing that stays', () => {
		for (const change of sheetChange(scene('otan'), scene('vingt-ans'), size)) {
			const frames = sheetKeyframes(change);
			if (change.fate === 'kept') expect(frames).toBeNull();
			else
				for (const frame of frames!)
					for (const key of Object.keys(frame))
						expect(['opacity', 'transform', 'offset']).toContain(key);
		}
		const leaving = sheetChange(scene('otan'), scene('vingt-ans'), size).find(
			(c) => c.sheet.layer === 'marks'
		)!;
		expect(sheetKeyframes(leaving)!.at(-1)).toMatchObject({ opacity: 0 });
		expect(String(sheetKeyframes(leaving)!.at(-1)!.transform)).toContain('scale(0.04)');
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
