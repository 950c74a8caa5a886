import type { Size } from '../size';
import type { Layer, Scene } from './scene';

/** What a sheet draws: one of the scene's layers, or its unit marks. */
export type SheetLayer = Layer | 'marks';

/** In paint order: each sheet is drawn over the ones before it. */
const PAINT_ORDER: readonly SheetLayer[] = [
	'history',
	'axes',
	'line',
	'former',
	'target',
	'drawdown',
	'units',
	'calendar',
	'nato',
	'marks'
];

/**
 * One layer of a troop chart, drawn from one scene in an SVG of its own: a box the compositor
 * can fade or move without drawing it again. Its key names what it shows, so a layer that
 * looks the same in two scenes (same key) stays put while the chart changes around it.
 */
export interface Sheet {
	key: string;
	layer: SheetLayer;
	/** The chart size it is drawn at (`<width>x<height>`). */
	frame: string;
	/** The scene it is drawn from. */
	scene: Scene;
}

const frameOf = (size: Size) => `${size.width}x${size.height}`;

/** The sheets a scene shows, in paint order. */
export function sheetsOf(scene: Scene, size: Size): Sheet[] {
	const frame = frameOf(size);
	const scales = `${frame}:${scene.x0}-${scene.x1}:${scene.y1}`;
	const keyOf = (layer: SheetLayer): string => {
		switch (layer) {
			case 'marks':
				return `marks:${scene.chart}:${frame}`;
			case 'units':
			case 'nato':
				return `${layer}:${frame}`;
			case 'calendar':
				return `calendar:${frame}:${scene.window.join('/')}`;
			case 'target':
				return `target:${scene.chart}:${scales}:${scene.deadline}`;
			case 'former':
				return `former:${scales}:${scene.formerDeadline}`;
			default:
				// The line charts' layers, with the notes the step writes over them.
				return `${layer}:${scales}:${JSON.stringify(scene.notes)}`;
		}
	};
	const shown = (layer: SheetLayer) =>
		layer === 'marks' ? scene.marks.some((m) => m.opacity > 0) : scene.layers[layer] > 0;
	return PAINT_ORDER.filter(shown).map((layer) => ({ key: keyOf(layer), layer, frame, scene }));
}

/**
 * Where a scene gathers the marks it does not show (the calendar's deadline, the line's last
 * figure): marks leaving for it shrink into that point, marks coming from it grow out of it.
 */
export function gatherPoint(scene: Scene): [number, number] | null {
	const first = scene.marks[0];
	return first && first.opacity === 0 ? [first.x, first.y] : null;
}

/**
 * What a sheet does in a change: stays put, fades in or out, or waits out of sight (`parked`: a
 * sheet another step shows, drawn ahead in an idle moment or left by an earlier change, so that
 * step does not have to draw it in the middle of a scroll).
 */
export type Fate = 'kept' | 'entering' | 'leaving' | 'parked';

export interface SheetChange {
	sheet: Sheet;
	fate: Fate;
	/** For marks: the point they shrink into (leaving) or grow from (entering). */
	gather: [number, number] | null;
}

/**
 * The sheets of a change of scene, in paint order: those both scenes show stay put, the others
 * leave or enter (see TroopChart for how they move). Sheets already on the page (`onPage`) are
 * reused as they are drawn, never drawn again; those neither scene shows stay there, parked.
 */
export function sheetChange(
	from: Scene,
	to: Scene,
	size: Size,
	onPage: readonly Sheet[] = []
): SheetChange[] {
	const before = sheetsOf(from, size);
	const after = sheetsOf(to, size);
	const find = (list: readonly Sheet[], key: string) => list.find((s) => s.key === key);
	const drawn = (sheet: Sheet) => find(onPage, sheet.key) ?? sheet;
	const changes: SheetChange[] = [
		...before
			.filter((s) => !find(after, s.key))
			.map((sheet) => ({
				sheet: drawn(sheet),
				fate: 'leaving' as const,
				gather: sheet.layer === 'marks' ? gatherPoint(to) : null
			})),
		...after.map((sheet): SheetChange => {
			// A sheet both show is the same drawing: the one already on the page is kept as it is.
			const kept = find(before, sheet.key);
			if (kept) return { sheet: drawn(kept), fate: 'kept', gather: null };
			const gather = sheet.layer === 'marks' ? gatherPoint(from) : null;
			return { sheet: drawn(sheet), fate: 'entering', gather };
		})
	];
	return withParked(changes, size, onPage);
}

/** A scene at rest: every sheet it shows, kept, and the other sheets on the page parked. */
export function restingSheets(
	scene: Scene,
	size: Size,
	onPage: readonly Sheet[] = []
): SheetChange[] {
	const shown = sheetsOf(scene, size).map((sheet): SheetChange => {
		const drawn = onPage.find((s) => s.key === sheet.key) ?? sheet;
		return { sheet: drawn, fate: 'kept', gather: null };
	});
	return withParked(shown, size, onPage);
}

/** A change once played: what entered is kept, what left is parked. */
export function settledSheets(changes: readonly SheetChange[]): SheetChange[] {
	return changes.map((c) => {
		if (c.fate === 'kept' || c.fate === 'parked') return c;
		return { sheet: c.sheet, fate: c.fate === 'leaving' ? 'parked' : 'kept', gather: null };
	});
}

/**
 * The first sheet `scenes` show that is not on the page yet (null: all are), to be drawn ahead
 * of its step. `scenes` is read only as far as that sheet (it may compute them as it goes).
 */
export function nextSheetAhead(
	scenes: Iterable<Scene>,
	size: Size,
	onPage: readonly SheetChange[]
): Sheet | null {
	for (const scene of scenes)
		for (const sheet of sheetsOf(scene, size))
			if (!onPage.some((c) => c.sheet.key === sheet.key)) return sheet;
	return null;
}

/** `changes` with `sheet` added, parked. */
export function parkSheet(changes: readonly SheetChange[], sheet: Sheet): SheetChange[] {
	const parked: SheetChange = { sheet, fate: 'parked', gather: null };
	return inPaintOrder(
		[...changes, parked],
		changes.map((c) => c.sheet)
	);
}

/**
 * `changes` and the sheets on the page at this size that they do not name (parked), in paint
 * order: by layer, then where each sheet already is on the page (a sheet moved in the page
 * would be laid out and painted again), new ones last.
 */
function withParked(changes: SheetChange[], size: Size, onPage: readonly Sheet[]): SheetChange[] {
	const frame = frameOf(size);
	const parked = onPage
		.filter((s) => s.frame === frame && !changes.some((c) => c.sheet.key === s.key))
		.map((sheet): SheetChange => ({ sheet, fate: 'parked', gather: null }));
	return inPaintOrder([...changes, ...parked], onPage);
}

function inPaintOrder(changes: SheetChange[], onPage: readonly Sheet[]): SheetChange[] {
	const place = (c: SheetChange) => {
		const at = onPage.findIndex((s) => s.key === c.sheet.key);
		return PAINT_ORDER.indexOf(c.sheet.layer) * 1000 + (at < 0 ? 999 : at);
	};
	return changes.sort((a, b) => place(a) - place(b));
}

const REST = 'translate(0px, 0px) scale(1) translate(0px, 0px)';
const pointAt = ([x, y]: [number, number]) =>
	`translate(${x}px, ${y}px) scale(0.04) translate(${-x}px, ${-y}px)`;

/**
 * The Web Animation keyframes of a sheet in a change (null: it stays put). Sheets cross-fade,
 * the leaving ones first; marks gathered into a point shrink into it or grow out of it.
 * Only opacity and transform: the compositor runs them.
 */
export function sheetKeyframes(change: SheetChange): Keyframe[] | null {
	const { fate, gather } = change;
	if (fate === 'kept' || fate === 'parked') return null;
	if (fate === 'leaving')
		return gather
			? [
					{ transform: REST, opacity: 1 },
					{ opacity: 1, offset: 0.7 },
					{ transform: pointAt(gather), opacity: 0 }
				]
			: [{ opacity: 1 }, { opacity: 0, offset: 0.6 }, { opacity: 0 }];
	return gather
		? [
				{ transform: pointAt(gather), opacity: 0 },
				{ opacity: 1, offset: 0.3 },
				{ transform: REST, opacity: 1 }
			]
		: [{ opacity: 0 }, { opacity: 0, offset: 0.4 }, { opacity: 1 }];
}
