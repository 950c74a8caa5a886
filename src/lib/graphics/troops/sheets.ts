import type { Layer, Scene, Size } from './scene';

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
	/** The scene it is drawn from. */
	scene: Scene;
}

/** The sheets a scene shows, in paint order. */
export function sheetsOf(scene: Scene, size: Size): Sheet[] {
	const frame = `${size.width}x${size.height}`;
	const scales = `${frame}:${scene.x0}-${scene.x1}:${scene.y1}`;
	const keyOf = (layer: SheetLayer): string => {
		switch (layer) {
			case 'marks':
				return `marks:${scene.chart}:${frame}`;
			case 'units':
			case 'calendar':
			case 'nato':
				return `${layer}:${frame}`;
			case 'target':
				return `target:${scene.chart}:${scales}:${scene.deadline}`;
			case 'former':
				return `former:${scales}:${scene.formerDeadline}`;
			default:
				return `${layer}:${scales}`;
		}
	};
	const shown = (layer: SheetLayer) =>
		layer === 'marks' ? scene.marks.some((m) => m.opacity > 0) : scene.layers[layer] > 0;
	return PAINT_ORDER.filter(shown).map((layer) => ({ key: keyOf(layer), layer, scene }));
}

/**
 * Where a scene gathers the marks it does not show (the calendar's deadline, the line's last
 * figure): marks leaving for it shrink into that point, marks coming from it grow out of it.
 */
export function gatherPoint(scene: Scene): [number, number] | null {
	const first = scene.marks[0];
	return first && first.opacity === 0 ? [first.x, first.y] : null;
}

export type Fate = 'kept' | 'entering' | 'leaving';

export interface SheetChange {
	sheet: Sheet;
	fate: Fate;
	/** For marks: the point they shrink into (leaving) or grow from (entering). */
	gather: [number, number] | null;
}

/**
 * The sheets of a change of scene, in paint order: those both scenes show stay put, the others
 * leave or enter (see TroopChart for how they move).
 */
export function sheetChange(from: Scene, to: Scene, size: Size): SheetChange[] {
	const before = sheetsOf(from, size);
	const after = sheetsOf(to, size);
	const has = (list: Sheet[], key: string) => list.some((s) => s.key === key);
	const changes: SheetChange[] = [
		...before
			.filter((s) => !has(after, s.key))
			.map((sheet) => ({
				sheet,
				fate: 'leaving' as const,
				gather: sheet.layer === 'marks' ? gatherPoint(to) : null
			})),
		...after.map((sheet): SheetChange => {
			// A sheet both show is the same drawing: the one already on the page is kept as it is.
			const kept = before.find((s) => s.key === sheet.key);
			if (kept) return { sheet: kept, fate: 'kept', gather: null };
			const gather = sheet.layer === 'marks' ? gatherPoint(from) : null;
			return { sheet, fate: 'entering', gather };
		})
	];
	const order = (c: SheetChange) => PAINT_ORDER.indexOf(c.sheet.layer);
	return changes.sort((a, b) => order(a) - order(b));
}

/** A scene at rest: every sheet it shows, kept. */
export function restingSheets(scene: Scene, size: Size): SheetChange[] {
	return sheetsOf(scene, size).map((sheet) => ({ sheet, fate: 'kept', gather: null }));
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
	if (fate === 'kept') return null;
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
