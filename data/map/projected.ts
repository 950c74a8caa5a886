/**
 * The map data projected once, here at build time, so that no reader's phone decodes the
 * topology or projects a shape: the atlas (`src/lib/data/atlas.ts`) as path data on the plate,
 * the maps' conic fitted into a square of `PLATE` px. A frame of any width draws it scaled and
 * moved (`plateAt`): a conic fitted to a width is the plate's, scaled and moved.
 */
import { geoCentroid, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { Atlas, ProjectedNeighbour, ProjectedProvince } from '../../src/lib/data/atlas';
import { fitSquare } from '../../src/lib/graphics/map/conic';
import { PLATE } from '../../src/lib/graphics/map/plate';
import type { AtlasTopology, NeighbourProperties, ProvinceProperties } from './atlas';

/**
 * d3-geo's path data (`M x,y` then `L x,y`…) in whole plate px, each line as its move from the
 * point before (`l dx,dy`): a third of the text. A plate px is finer than the topology's own grid
 * (a 10 000th of the region's width).
 */
export function platePath(d: string): string {
	let [px, py] = [0, 0];
	return d.replace(/([ML])(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g, (_, c, x, y) => {
		const [X, Y] = [Math.round(+x), Math.round(+y)];
		const out = c === 'M' ? `M${X},${Y}` : `l${X - px},${Y - py}`;
		[px, py] = [X, Y];
		return out;
	});
}

/** Projects the page's topology onto the plate. Pure; the same topology gives the same text. */
export function projectAtlas(topology: AtlasTopology): Atlas {
	const { provinces, neighbours } = topology.objects;
	const path = geoPath(fitSquare(topology.fit, 0, PLATE)).digits(6);
	const d = (shape: Geometry | Feature) => platePath(path(shape) ?? '');
	const box = (shape: Geometry | Feature) =>
		path
			.bounds(shape)
			.map((corner) => corner.map((n) => Math.round(n * 100) / 100)) as ProjectedProvince['box'];
	const outline = merge(topology, provinces.geometries as Parameters<typeof merge>[1]);
	return {
		fit: topology.fit,
		provinces: provinces.geometries.map((g): ProjectedProvince => {
			const shape = feature(topology, g) as Feature<Geometry, ProvinceProperties>;
			return {
				id: String(g.id),
				properties: shape.properties,
				d: d(shape),
				box: box(shape),
				centroid: geoCentroid(shape).map((n) => Math.round(n * 1e4) / 1e4) as [number, number]
			};
		}),
		neighbours: neighbours.geometries.map((g): ProjectedNeighbour => {
			const shape = feature(topology, g) as Feature<Geometry, NeighbourProperties>;
			return { id: String(g.id), properties: shape.properties, d: d(shape) };
		}),
		outline: { d: d(outline), box: box(outline) },
		borders: d(mesh(topology, provinces, (a, b) => a !== b))
	};
}
