/**
 * The plate: the square the map data is projected into once, at build time
 * (`data/map/projected.ts`). The maps' conic fitted to a frame's width is the plate's, scaled
 * and moved (`fitSquare` is linear in the square's side), so a frame draws the plate's shapes
 * under a transform instead of projecting them again.
 */

/** A transform of the plane: p ↦ p × k + [x, y]. */
export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

/** The plate's side, in its own px. */
export const PLATE = 10_000;

/** Room kept around the country in the national view, in px. */
export const MARGIN = 12;

/** The side of the square the country is fitted into in a frame of this width. */
export const fittedSide = (width: number) => Math.max(1, width - 2 * MARGIN);

/**
 * Where a frame of this width draws the plate: from the plate's px to the frame's base px (the
 * conic fitted into [MARGIN, width − MARGIN], see `baseProjection`).
 */
export const plateAt = (width: number): ZoomTransform => ({
	k: fittedSide(width) / PLATE,
	x: MARGIN,
	y: MARGIN
});

/** `outer` after `inner`: p ↦ outer(inner(p)). */
export const compose = (outer: ZoomTransform, inner: ZoomTransform): ZoomTransform => ({
	k: outer.k * inner.k,
	x: outer.x + outer.k * inner.x,
	y: outer.y + outer.k * inner.y
});

/** A point moved by a transform. */
export const apply = (t: ZoomTransform, [x, y]: readonly [number, number]): [number, number] => [
	x * t.k + t.x,
	y * t.k + t.y
];

/** Path data as the plate holds it: `M x,y` (a point), `l dx,dy` (a line, by its move), `Z`; or
 * with lines to absolute points (`L x,y`), as `transformPath` writes it. */
const STEP = /([MLl])(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g;

const hundredths = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Path data moved by a transform, its points absolute (`M`, `L`) to 0.01 px: for a renderer that
 * scales strokes with a transform (resvg reads no `vector-effect`), the shapes are drawn where the
 * transform puts them instead. (Rounding each line's move instead would add up along a ring.)
 */
export function transformPath(d: string, t: ZoomTransform): string {
	let [x, y] = [0, 0];
	return d.replace(STEP, (_, c: string, a: string, b: string) => {
		[x, y] = c === 'l' ? [x + +a, y + +b] : [+a, +b];
		const [px, py] = apply(t, [x, y]);
		return `${c === 'M' ? 'M' : 'L'}${hundredths(px)},${hundredths(py)}`;
	});
}

/**
 * A path's rings (its `M … Z` parts), each as flat `[x0, y0, x1, y1, …]` with absolute points.
 * Read a character at a time: with a regular expression, the country's outline and a few
 * provinces took 2-5 ms at full speed, on the way to the map's first names.
 */
export function pathRings(d: string): number[][] {
	const rings: number[][] = [];
	let ring: number[] = [];
	let [x, y, i] = [0, 0, 0];
	/** The number at `i` (sign, digits, decimals), and `i` past it. */
	const number = () => {
		const negative = d.charCodeAt(i) === 45; // -
		if (negative) i++;
		let [value, scale, c] = [0, 0, d.charCodeAt(i)];
		for (; (c >= 48 && c <= 57) || c === 46; c = d.charCodeAt(++i)) {
			if (c === 46) scale = 1;
			else if (scale) value += (c - 48) / (scale *= 10);
			else value = value * 10 + (c - 48);
		}
		return negative ? -value : value;
	};
	while (i < d.length) {
		const command = d[i++];
		if (command !== 'M' && command !== 'L' && command !== 'l') continue;
		const a = number();
		i++; // the comma
		const b = number();
		[x, y] = command === 'l' ? [x + a, y + b] : [a, b];
		if (command === 'M') rings.push((ring = []));
		ring.push(x, y);
	}
	return rings;
}
