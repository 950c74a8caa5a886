/** A text label's box, in px: (x, y) is the baseline anchor, `anchor` as in SVG text-anchor. */
export interface LabelBox {
	x: number;
	y: number;
	width: number;
	height: number;
	anchor: 'start' | 'middle' | 'end';
}

/** A rough width for a label in the chart's sans-serif, good enough to keep labels apart. */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.62;
}

const left = (b: LabelBox) =>
	b.anchor === 'start' ? b.x : b.anchor === 'end' ? b.x - b.width : b.x - b.width / 2;

export function overlaps(a: LabelBox, b: LabelBox, gap = 2): boolean {
	return (
		left(a) < left(b) + b.width + gap &&
		left(b) < left(a) + a.width + gap &&
		a.y - a.height < b.y + gap &&
		b.y - b.height < a.y + gap
	);
}

/**
 * Moves labels up, in order, until none overlaps an earlier one. Returns new boxes (inputs untouched).
 */
export function separate<T extends LabelBox>(boxes: readonly T[], gap = 3): T[] {
	const placed: T[] = [];
	for (const box of boxes) {
		const moved = { ...box };
		for (let guard = 0; guard < 50 && placed.some((p) => overlaps(p, moved, gap)); guard++) {
			moved.y -= 2;
		}
		placed.push(moved);
	}
	return placed;
}

/** The text-anchor that keeps a label about `width` px wide, centred on x, inside the plot. */
export function anchorInside(
	x: number,
	width: number,
	frame: { left: number; right: number }
): 'start' | 'middle' | 'end' {
	return x + width / 2 > frame.right + 10 ? 'end' : x - width / 2 < frame.left ? 'start' : 'middle';
}

/**
 * The labels of a row (an axis's ticks) that can be read: each one kept unless it overlaps the
 * last one kept. Returns a new array (inputs untouched).
 * @example thinned([{ x: 0, …, width: 50 }, { x: 30, …, width: 50 }, { x: 80, … }]) // the 1st and 3rd
 */
export function thinned<T extends LabelBox>(boxes: readonly T[], gap = 6): T[] {
	const kept: T[] = [];
	for (const box of boxes) if (!kept.length || !overlaps(kept.at(-1)!, box, gap)) kept.push(box);
	return kept;
}
