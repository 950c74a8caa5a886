import type { Size } from '../size';

/** A label's box on screen, in px. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Rough width of a label set in the maps' sans at `fontPx` (no DOM measuring on the server). */
export function textWidth(text: string, fontPx: number, uppercase = false): number {
	return text.length * fontPx * (uppercase ? 0.68 : 0.52);
}

export const overlaps = (a: Box, b: Box) =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const inside = (box: Box, size: Size, margin = 2) =>
	box.x0 >= margin &&
	box.y0 >= margin &&
	box.x1 <= size.width - margin &&
	box.y1 <= size.height - margin;

export interface PlaceLabel {
	key: string;
	name: string;
	dot: [number, number];
	text: [number, number];
	anchor: 'start' | 'end';
	box: Box;
	capital: boolean;
}

export const PLACE_FONT = 13;

/** The checkpoint ring's radius round its town, screen px (CheckpointRing; its halo is 3 px wider). */
export const RING_RADIUS = 26;
export const COUNTRY_FONT = 11;

/**
 * Lays out a town's label beside its dot: on its preferred side (right, or left when the step
 * says so: `left`), else on the other side when the preferred one leaves the frame or hits a
 * label already `taken`. `gap` is the room kept around the dot (wider when a ring surrounds it).
 */
export function placeLabel(
	place: { key: string; name: string; capital: boolean; left?: boolean },
	dot: [number, number],
	gap: number,
	size: Size,
	taken: Box[] = []
): PlaceLabel {
	const width = textWidth(place.name, PLACE_FONT);
	const y = dot[1] + PLACE_FONT * 0.35;
	const layout = (anchor: 'start' | 'end') => {
		const x = anchor === 'start' ? dot[0] + gap : dot[0] - gap;
		const box = {
			x0: anchor === 'start' ? x : x - width,
			x1: anchor === 'start' ? x + width : x,
			y0: y - PLACE_FONT * 1.05,
			y1: y + PLACE_FONT * 0.4
		};
		const { key, name, capital } = place;
		return { key, name, capital, dot, text: [x, y] as [number, number], anchor, box };
	};
	const preferred = place.left ? 'end' : 'start';
	const first = layout(preferred);
	if (inside(first.box, size, 4) && !taken.some((t) => overlaps(t, first.box))) return first;
	const other = layout(preferred === 'start' ? 'end' : 'start');
	return inside(other.box, size, 4) && !taken.some((t) => overlaps(t, other.box)) ? other : first;
}

/** A label centred on its anchor; null when it would leave the frame or hit `taken`. */
export function centredLabel(
	name: string,
	at: [number, number],
	size: Size,
	taken: Box[],
	uppercase: boolean
): Box | null {
	const width = textWidth(name, COUNTRY_FONT, uppercase);
	const box = {
		x0: at[0] - width / 2,
		x1: at[0] + width / 2,
		y0: at[1] - COUNTRY_FONT * 0.8,
		y1: at[1] + COUNTRY_FONT * 0.3
	};
	if (!Number.isFinite(box.x0) || !inside(box, size, 4) || taken.some((t) => overlaps(t, box)))
		return null;
	return box;
}

/** Longest the scale bar may be, px (ScaleBar.svelte). */
export const scaleBarMaxPx = (size: Size) => Math.min(110, size.width * 0.28);

/** Width of the locator inset, px (LocatorInset.svelte). */
export const insetWidth = (size: Size) => Math.min(96, size.width * 0.24);

/** The scale bar's corner: bottom left, or bottom right where the left one would lie on the story. */
export type ScaleCorner = 'left' | 'right';

/** The box the scale bar and its label may take in a corner (the longest bar, a long label). */
export function scaleBarBox(size: Size, corner: ScaleCorner): Box {
	const width = 10 + scaleBarMaxPx(size) + 48;
	return {
		x0: corner === 'left' ? 0 : size.width - width,
		x1: corner === 'left' ? width : size.width,
		y0: size.height - 26,
		y1: size.height
	};
}

/**
 * The bottom corner whose scale bar covers least of the story: of the highlighted provinces first,
 * then of the country (the neighbours' ground is free). `covers(x, y)` says what a screen point lies
 * on: 2 for a highlighted province, 1 for the rest of the country, 0 elsewhere. Left on a tie.
 */
export function scaleBarCorner(size: Size, covers: (x: number, y: number) => number): ScaleCorner {
	/** How many sample points of the corner's box lie on a highlighted province, and on the country. */
	const cost = (corner: ScaleCorner) => {
		const box = scaleBarBox(size, corner);
		const counts = [0, 0, 0];
		for (let x = box.x0 + 4; x <= box.x1 - 4; x += 8)
			for (const y of [box.y0 + 6, box.y1 - 6]) counts[covers(x, y)]!++;
		return { highlighted: counts[2]!, country: counts[1]! };
	};
	const [left, right] = [cost('left'), cost('right')];
	const rightBetter =
		right.highlighted < left.highlighted ||
		(right.highlighted === left.highlighted && right.country < left.country);
	return rightBetter ? 'right' : 'left';
}

/** Where the scale bar (bottom, in `corner`), the credit (top left) and the locator inset (top right) sit. */
export function reservedAreas(
	size: Size,
	inset: boolean,
	credit: string,
	corner: ScaleCorner = 'left'
): Box[] {
	const scale = scaleBarBox(size, corner);
	const width = insetWidth(size);
	const locator = { x0: size.width - width - 10, x1: size.width, y0: 0, y1: width * 0.8 + 14 };
	const creditBox = { x0: 0, x1: 6 + textWidth(credit, 11), y0: 0, y1: 20 };
	return inset ? [scale, creditBox, locator] : [scale, creditBox];
}
