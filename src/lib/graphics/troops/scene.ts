import type { TroopChartData } from '$lib/data/chartData';
import { parseIsoDate } from '$lib/format/fr';
import { longView } from '$lib/story/steps';
import type { Size } from '../size';
import type { LineNotes, TroopChart, TroopsState } from '$lib/story/types';

/** Soldiers one unit mark stands for. */
export const SOLDIERS_PER_MARK = 25;

/** One unit mark, in px; the first `usMarks` of a scene are US troops. */
export interface Mark {
	x: number;
	y: number;
	size: number;
	opacity: number;
}

export const LAYERS = [
	'units',
	'calendar',
	'nato',
	'axes',
	'line',
	'history',
	'drawdown',
	'target',
	'former'
] as const;
export type Layer = (typeof LAYERS)[number];

/**
 * Everything a troop chart shows at one moment, as numbers and the step's notes (dates and
 * switches). Text is not in the scene: it hangs on layers and on the scales.
 */
export interface Scene {
	chart: TroopChart;
	/** The step's time window, ISO dates (the calendar view writes its ends). */
	window: readonly [string, string];
	/** x domain (ms since epoch) and y domain max of the line charts. */
	x0: number;
	x1: number;
	y1: number;
	/** The withdrawal deadline marked on line charts (ms). */
	deadline: number;
	/** The deadline it replaced, ghosted on the `former` layer (ms). */
	formerDeadline: number;
	/** What the `history` and `drawdown` layers write, as the step declares it. */
	notes: LineNotes;
	marks: Mark[];
	/** Opacity of each layer (0-1). */
	layers: Record<Layer, number>;
}

/** Plot area inside the SVG, in px. */
export interface Frame {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export const isPhone = (size: Size) => size.width < 520;

export function frame(size: Size): Frame {
	const phone = isPhone(size);
	const left = phone ? 48 : 60; // room for « 100 000 » at 12 px, right-aligned 6 px from the axis
	const top = phone ? 30 : 40;
	return {
		left,
		right: Math.max(left + 40, size.width - (phone ? 14 : 24)),
		top,
		bottom: Math.max(top + 40, size.height - 28)
	};
}

const ms = (iso: string) => parseIsoDate(iso).getTime();

/** Positions `count` square marks in a grid of `columns`, top-left at (x, y). */
export function grid(count: number, columns: number, cell: number, x: number, y: number): Mark[] {
	return Array.from({ length: count }, (_, i) => ({
		x: x + (i % columns) * cell,
		y: y + Math.floor(i / columns) * cell,
		size: cell * 0.78,
		opacity: 1
	}));
}

/** Height kept under the unit grids for the key and notes, in px. */
export const LEGEND_HEIGHT = 64;

/** The number of columns that gives `count` square cells the largest size in a width × height box. */
export function bestColumns(
	count: number,
	width: number,
	height: number
): { columns: number; cell: number } {
	let best = { columns: 1, cell: 0 };
	for (let columns = 1; columns <= count; columns++) {
		const cell = Math.min(width / columns, height / Math.ceil(count / columns));
		if (cell > best.cell) best = { columns, cell };
	}
	return { columns: best.columns, cell: Math.max(3, Math.floor(best.cell)) };
}

/** Marks at their place, hidden. */
const off = (marks: Mark[]) => marks.map((m) => ({ ...m, opacity: 0 }));

export type UnitLayout = ReturnType<typeof layOutUnits>;

/** The last layout computed for each data set, with the size it was computed for. */
const layouts = new WeakMap<
	TroopChartData,
	{ width: number; height: number; layout: UnitLayout }
>();

/**
 * Marks and grid geometry shared by the unit views (which need no room for axes). Computed once
 * per data and size, and shared (read-only) by every scene and sheet of that size: each used to
 * build its own (484 marks, and the allies' 284 again, hidden), the largest allocation while
 * scrolling.
 */
export function unitLayout(data: TroopChartData, size: Size): UnitLayout {
	const known = layouts.get(data);
	if (known && known.width === size.width && known.height === size.height) return known.layout;
	const layout = layOutUnits(data, size);
	layouts.set(data, { width: size.width, height: size.height, layout });
	return layout;
}

/** The room the calendar's end (its label and the arrow's tip) keeps right of the US grid, px. */
const CALENDAR_END = 130;

function layOutUnits(data: TroopChartData, size: Size) {
	const f = frame(size);
	const left = isPhone(size) ? 14 : 24;
	const usMarks = Math.round(data.nato.us / SOLDIERS_PER_MARK);
	const natoMarks = Math.round(data.nato.total / SOLDIERS_PER_MARK);
	const width = f.right - left;
	// Room kept under the grids for the key and the notes.
	const height = f.bottom - f.top - LEGEND_HEIGHT;
	const nato = bestColumns(natoMarks, width, height);
	// The 2 500 as a square block, no larger than its share of the room, and leaving the right
	// of the frame to the calendar's end (its date and figure: « 11 septembre 2021 : 0 » is about
	// 110 px wide; on a 320 px phone, 40 % of the width was not enough).
	const usCell = Math.max(
		6,
		Math.floor(
			Math.min((width * 0.6) / 10, (width - CALENDAR_END) / 10, height / 10, nato.cell * 2.5)
		)
	);
	const usGrid = grid(usMarks, 10, usCell, left, f.top);
	const natoGrid = grid(natoMarks, nato.columns, nato.cell, left, f.top);
	return {
		left,
		usMarks,
		natoMarks,
		usCell,
		natoCell: nato.cell,
		usGrid,
		natoGrid,
		/** The allies' marks (NATO's grid past the US ones), hidden where they leave the chart. */
		othersOff: off(natoGrid.slice(usMarks))
	};
}

/** Line charts take their x window from the state; unit views keep the long view's for their hidden scales. */
const HIDDEN_WINDOW = longView;

export const isLineChart = (chart: TroopChart) =>
	chart === 'history' || chart === 'drawdown' || chart === 'deadline';

/** The y domain's top: the largest figure in the window, rounded up to a readable value. */
export function yMax(data: TroopChartData, from: string, to: string): number {
	const values = [...data.reported, ...data.peakEstimates]
		.filter((p) => p.date >= from && p.date <= to)
		.map((p) => p.value);
	const max = Math.max(1, ...values) * 1.12;
	const step = 10 ** Math.floor(Math.log10(max)) / 10;
	return Math.ceil(max / step) * step;
}

/**
 * The scene a troop step shows, at a given size. Pure: same state, data and size, same scene.
 */
export function troopScene(state: TroopsState, data: TroopChartData, size: Size): Scene {
	const f = frame(size);
	const units = unitLayout(data, size);
	const chart = state.chart;
	const [from, to] = isLineChart(chart) ? state.window : HIDDEN_WINDOW;
	const y1 = yMax(data, from, to);
	const layers = Object.fromEntries(LAYERS.map((l) => [l, 0])) as Record<Layer, number>;
	const last = data.reported.at(-1)!;
	const x0 = ms(from);
	const x1 = ms(to);
	// Where the US marks gather on a line chart: the last reported figure.
	const lineX = f.left + ((ms(last.date) - x0) / (x1 - x0)) * (f.right - f.left);
	const lineY = f.bottom - (last.value / y1) * (f.bottom - f.top);
	const collapsed = units.usGrid.map(() => ({ x: lineX, y: lineY, size: 0, opacity: 0 }));

	let marks: Mark[];
	switch (chart) {
		case 'units':
			layers.units = 1;
			marks = [...units.usGrid, ...units.othersOff];
			break;
		case 'calendar': {
			layers.calendar = 1;
			const end = { x: f.right - units.usCell, y: f.top + units.usCell * 4.5 };
			marks = [
				...units.usGrid.map((m) => ({ ...m, x: end.x, y: end.y, opacity: 0 })),
				...units.othersOff
			];
			break;
		}
		case 'nato':
			layers.nato = 1;
			marks = [...units.natoGrid];
			break;
		default:
			layers.axes = 1;
			layers.line = 1;
			layers.target = 1;
			for (const layer of ['history', 'drawdown'] as const)
				if (state.notes?.[layer]) layers[layer] = 1;
			if (state.formerDeadline) layers.former = 1;
			marks = [...collapsed, ...units.othersOff];
	}
	return {
		chart,
		window: state.window,
		x0,
		x1,
		y1,
		deadline: ms(state.deadline ?? data.targets.at(-1)!.date),
		formerDeadline: ms(state.formerDeadline ?? state.deadline ?? data.targets.at(-1)!.date),
		notes: state.notes ?? {},
		marks,
		layers
	};
}
