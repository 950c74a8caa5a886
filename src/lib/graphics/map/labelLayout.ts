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

/** Where the scale bar (bottom left), the credit (top left) and the locator inset (top right) sit. */
export function reservedAreas(size: Size, inset: boolean, credit: string): Box[] {
	const scale = {
		x0: 0,
		x1: 10 + scaleBarMaxPx(size) + 48,
		y0: size.height - 26,
		y1: size.height
	};
	const width = insetWidth(size);
	const locator = { x0: size.width - width - 10, x1: size.width, y0: 0, y1: width * 0.8 + 14 };
	const creditBox = { x0: 0, x1: 6 + textWidth(credit, 11), y0: 0, y1: 20 };
	return inset ? [scale, creditBox, locator] : [scale, creditBox];
}
