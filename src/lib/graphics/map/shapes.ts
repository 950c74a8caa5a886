import type { Atlas } from '$lib/data/atlas';
import { compose, plateAt, transformPath, type ZoomTransform } from './plate';

/** The map's shapes as SVG path data. */
export interface Shapes {
	provinces: { iso: string; d: string }[];
	neighbours: { id: string; d: string }[];
	outline: string;
	borders: string;
}

const plates = new WeakMap<Atlas, Shapes>();

/** The atlas's shapes on the plate, as the page draws them under `plateAt(width)`. */
export function plateShapes(atlas: Atlas): Shapes {
	let shapes = plates.get(atlas);
	if (!shapes)
		plates.set(
			atlas,
			(shapes = {
				provinces: atlas.provinces.map((p) => ({ iso: p.id, d: p.d })),
				neighbours: atlas.neighbours.map((n) => ({ id: n.id, d: n.d })),
				outline: atlas.outline.d,
				borders: atlas.borders
			})
		);
	return shapes;
}

/**
 * The shapes where a zoom of a frame this wide shows them, in its px: for a renderer that scales
 * strokes with a transform (resvg reads no `vector-effect`), so a static figure's lines keep their
 * set weight at any zoom. Draw them with the identity zoom.
 */
export function zoomedShapes(atlas: Atlas, width: number, zoom: ZoomTransform): Shapes {
	const t = compose(zoom, plateAt(width));
	const { provinces, neighbours, outline, borders } = plateShapes(atlas);
	return {
		provinces: provinces.map((p) => ({ iso: p.iso, d: transformPath(p.d, t) })),
		neighbours: neighbours.map((n) => ({ id: n.id, d: transformPath(n.d, t) })),
		outline: transformPath(outline, t),
		borders: transformPath(borders, t)
	};
}
