import { geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, LineString } from 'geojson';
import { chunksByWeight } from '$lib/chunks';
import type { Atlas } from '$lib/data/atlas';
import { baseProjection, fittedProjection, frameBoundsTasks } from './projection';

/** The map's shapes as SVG path data, in base-projection px for one frame width. */
export interface Shapes {
	provinces: { iso: string; d: string }[];
	neighbours: { id: string; d: string }[];
	outline: string;
	/** The outline's bounding box, `[[x0, y0], [x1, y1]]`. */
	bounds: [[number, number], [number, number]];
	borders: string;
}

const cache = new WeakMap<Atlas, Map<number, Shapes>>();
const byWidth = (atlas: Atlas) => {
	let widths = cache.get(atlas);
	if (!widths) cache.set(atlas, (widths = new Map()));
	return widths;
};

const centroids = new WeakMap<Atlas, Map<string, [number, number]>>();

/** Computes the centroids of `provinces` not known yet (each once per atlas). */
function addCentroids(atlas: Atlas, provinces: Atlas['provinces']): Map<string, [number, number]> {
	let byIso = centroids.get(atlas);
	if (!byIso) centroids.set(atlas, (byIso = new Map()));
	for (const p of provinces) if (!byIso.has(p.id)) byIso.set(p.id, geoCentroid(p));
	return byIso;
}

/** Where each province's name goes: its centroid, by ISO code (computed once). */
export function provinceCentroids(atlas: Atlas): Map<string, [number, number]> {
	return addCentroids(atlas, atlas.provinces);
}

/**
 * The work of projecting the shapes for a width, as small tasks that fill `shapes` (the last ones
 * also compute the province centroids). Run all at once or a few at a time: same result.
 */
function projectionTasks(
	atlas: Atlas,
	width: number,
	shapes: Shapes,
	projection?: GeoProjection
): (() => void)[] {
	let path = geoPath();
	// The page's map (the shared base projection) also frames its steps from these bounds.
	const frames = projection ? [] : frameBoundsTasks(atlas, width);
	// Tasks of a few hundred points each: projecting a point and writing it costs about the same
	// everywhere, and the shapes range from 20 points to 500 (the borders, 2 000, are cut by line).
	const byPoints = <T extends Geometry | Feature>(items: readonly T[]) =>
		chunksByWeight(items, pointCount, POINTS_PER_TASK);
	const borders: string[] = [];
	const borderLines = byPoints(
		atlas.borders.coordinates.map((line): LineString => ({ type: 'LineString', coordinates: line }))
	);
	return [
		() => void (path = geoPath(projection ?? baseProjection(atlas, width))),
		...byPoints(atlas.provinces).map((group) => () => {
			for (const p of group) shapes.provinces.push({ iso: p.id, d: path(p) ?? '' });
		}),
		...byPoints(atlas.neighbours).map((group) => () => {
			for (const n of group) shapes.neighbours.push({ id: n.id, d: path(n) ?? '' });
		}),
		() => {
			shapes.outline = path(atlas.outline) ?? '';
			shapes.bounds = path.bounds(atlas.outline);
		},
		// A multi-line's path is its lines' paths one after another.
		...borderLines.map((lines, i) => () => {
			for (const line of lines) borders.push(path(line) ?? '');
			if (i === borderLines.length - 1) shapes.borders = borders.join('');
		}),
		// After the drawing, not first: the first tasks run d3-geo's code before it is optimised
		// (the whole country's framing, first, took 60 ms at 4× CPU; 7 ms once warm).
		...frames,
		// In runs too: all 34 in one task, d3's spherical centroid code not yet optimised, took
		// 14 ms on a fast machine (a long task at 4× CPU).
		...byPoints(atlas.provinces).map((group) => () => void addCentroids(atlas, group))
	];
}

/** About the most points a projection task draws (see `projectionTasks`). */
const POINTS_PER_TASK = 400;

/** The points of a shape's rings or lines. */
function pointCount(shape: Geometry | Feature): number {
	const geometry = 'geometry' in shape ? shape.geometry : shape;
	if (!geometry || geometry.type === 'GeometryCollection' || geometry.type === 'Point') return 1;
	const depth = (c: unknown): number =>
		Array.isArray(c) && Array.isArray(c[0]) ? c.reduce<number>((n, x) => n + depth(x), 0) : 1;
	return depth(geometry.coordinates);
}

const emptyShapes = (): Shapes => ({
	provinces: [],
	neighbours: [],
	outline: '',
	bounds: [
		[0, 0],
		[0, 0]
	],
	borders: ''
});

/** The shapes for a width, projected once (the base projection depends on the width only). */
export function projectedShapes(atlas: Atlas, width: number): Shapes {
	const widths = byWidth(atlas);
	let shapes = widths.get(width);
	if (!shapes) {
		shapes = emptyShapes();
		for (const task of projectionTasks(atlas, width, shapes)) task();
		widths.set(width, shapes);
	}
	return shapes;
}

/**
 * The shapes for a width as a zoom shows them, projected at that zoom (not cached): for a
 * renderer that scales strokes with a transform (resvg reads no `vector-effect`), so a static
 * figure's lines keep their set weight at any zoom. Draw them with the identity zoom.
 */
export function zoomedShapes(
	atlas: Atlas,
	width: number,
	zoom: { k: number; x: number; y: number }
): Shapes {
	const base = baseProjection(atlas, width);
	const [tx, ty] = base.translate();
	const projection = fittedProjection(atlas, width)
		.scale(base.scale() * zoom.k)
		.translate([tx * zoom.k + zoom.x, ty * zoom.k + zoom.y]);
	const shapes = emptyShapes();
	for (const task of projectionTasks(atlas, width, shapes, projection)) task();
	return shapes;
}

/**
 * Projects the shapes for a width ahead of time, a few at a time in idle moments (`schedule`),
 * so the first map step shows without a long task and the page's loading has none either.
 * Calls `done` once they are ready. Returns a function that stops it.
 */
export function prepareShapes(
	atlas: Atlas,
	width: number,
	schedule: (task: () => void) => () => void,
	done: () => void = () => {}
): () => void {
	const widths = byWidth(atlas);
	if (widths.has(width)) {
		done();
		return () => {};
	}
	const partial = emptyShapes();
	const tasks = projectionTasks(atlas, width, partial);
	let cancel = () => {};
	const next = (i: number) => {
		if (widths.has(width)) return done(); // a map step came first and projected them all
		if (i === tasks.length) {
			widths.set(width, partial);
			return done();
		}
		cancel = schedule(() => {
			tasks[i]!();
			next(i + 1);
		});
	};
	next(0);
	return () => cancel();
}
