import { geoCentroid, geoPath } from 'd3-geo';
import type { Atlas } from '$lib/data/atlas';
import { baseProjection } from './projection';

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

/** Where each province's name goes: its centroid, by ISO code (computed once). */
export function provinceCentroids(atlas: Atlas): Map<string, [number, number]> {
	let byIso = centroids.get(atlas);
	if (!byIso) {
		byIso = new Map(atlas.provinces.map((p) => [p.id, geoCentroid(p)]));
		centroids.set(atlas, byIso);
	}
	return byIso;
}

/** The shapes for a width, projected once (the base projection depends on the width only). */
export function projectedShapes(atlas: Atlas, width: number): Shapes {
	const widths = byWidth(atlas);
	let shapes = widths.get(width);
	if (!shapes) {
		const path = geoPath(baseProjection(atlas, width));
		shapes = {
			provinces: atlas.provinces.map((p) => ({ iso: p.id, d: path(p) ?? '' })),
			neighbours: atlas.neighbours.map((n) => ({ id: n.id, d: path(n) ?? '' })),
			outline: path(atlas.outline) ?? '',
			bounds: path.bounds(atlas.outline),
			borders: path(atlas.borders) ?? ''
		};
		widths.set(width, shapes);
	}
	return shapes;
}

/**
 * Projects the shapes for a width ahead of time, a few at a time in idle moments (`schedule`),
 * so the first map step shows without a long task and the page's loading has none either.
 * Returns a function that stops it.
 */
export function prepareShapes(
	atlas: Atlas,
	width: number,
	schedule: (task: () => void) => () => void
): () => void {
	const widths = byWidth(atlas);
	if (widths.has(width)) return () => {};
	const path = geoPath(baseProjection(atlas, width));
	const partial: Shapes = {
		provinces: [],
		neighbours: [],
		outline: '',
		bounds: [
			[0, 0],
			[0, 0]
		],
		borders: ''
	};
	const tasks: (() => void)[] = [
		...chunks(atlas.provinces, 6).map((group) => () => {
			for (const p of group) partial.provinces.push({ iso: p.id, d: path(p) ?? '' });
		}),
		() => {
			for (const n of atlas.neighbours) partial.neighbours.push({ id: n.id, d: path(n) ?? '' });
		},
		() => {
			partial.outline = path(atlas.outline) ?? '';
			partial.bounds = path.bounds(atlas.outline);
		},
		() => (partial.borders = path(atlas.borders) ?? ''),
		() => void provinceCentroids(atlas)
	];
	let cancel = () => {};
	const next = (i: number) => {
		if (widths.has(width)) return; // a map step came first and projected them all
		if (i === tasks.length) {
			widths.set(width, partial);
			return;
		}
		cancel = schedule(() => {
			tasks[i]!();
			next(i + 1);
		});
	};
	next(0);
	return () => cancel();
}

function chunks<T>(items: readonly T[], size: number): T[][] {
	return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, i * size + size)
	);
}
