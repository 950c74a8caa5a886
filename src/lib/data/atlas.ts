import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { chunks } from '$lib/chunks';
import type { Bounds } from '$lib/graphics/map/conic';
import type { AtlasTopology, NeighbourProperties, ProvinceProperties } from '$data/map/atlas';

export type ProvinceShape = Feature<Polygon | MultiPolygon, ProvinceProperties> & { id: string };
export type NeighbourShape = Feature<Polygon | MultiPolygon, NeighbourProperties> & { id: string };

/** The map data as the graphics draw it (built by `npm run data`). */
export interface Atlas {
	/** The 34 provinces, `id` = ISO 3166-2 code. */
	provinces: ProvinceShape[];
	/** Neighbouring countries, clipped, with their label anchors. */
	neighbours: NeighbourShape[];
	/** Afghanistan's outline (the union of its provinces). */
	outline: MultiPolygon;
	/** Borders between provinces, each drawn once. */
	borders: MultiLineString;
	/** The outline's box as the maps' conic fits it (see graphics/map/conic.ts). */
	fit: Bounds;
}

/** A town the maps can name, from `data/sources/places.csv`. */
export interface MapPlace {
	/** `name_en`, the key steps use. */
	key: string;
	name: string;
	kind: 'national_capital' | 'provincial_capital' | 'district_centre';
	lon: number;
	lat: number;
}

/** What the maps need besides geometry, from the sourced files (validated at build time). */
export interface MapData {
	places: MapPlace[];
	/** Province names in the edition's language, by ISO 3166-2 code. */
	provinceNames: Record<string, string>;
}

/**
 * Decoding the map data as small tasks, each filling a part of `atlas` (a few provinces, the
 * neighbours, the outline, the borders): run all at once, or one per job so that no task of the
 * page's is long. The atlas is complete once every task has run.
 */
export function atlasTasks(topology: AtlasTopology): { atlas: Atlas; tasks: (() => void)[] } {
	const { provinces, neighbours } = topology.objects;
	const atlas: Atlas = {
		provinces: [],
		neighbours: [],
		outline: { type: 'MultiPolygon', coordinates: [] },
		borders: { type: 'MultiLineString', coordinates: [] },
		fit: topology.fit
	};
	return {
		atlas,
		tasks: [
			...chunks(provinces.geometries, 8).map((group) => () => {
				for (const g of group) atlas.provinces.push(feature(topology, g) as ProvinceShape);
			}),
			() => {
				for (const g of neighbours.geometries)
					atlas.neighbours.push(feature(topology, g) as NeighbourShape);
			},
			() => (atlas.outline = merge(topology, provinces.geometries as Parameters<typeof merge>[1])),
			() => (atlas.borders = mesh(topology, provinces, (a, b) => a !== b))
		]
	};
}

export function decodeAtlas(topology: AtlasTopology): Atlas {
	const { atlas, tasks } = atlasTasks(topology);
	for (const task of tasks) task();
	return atlas;
}

/** The map data's own file (see graphics/map/loadMap.ts), to decode with `atlasTasks`. */
export async function loadAtlasFile(): Promise<AtlasTopology> {
	const module = await import('$data/map/afghanistan.topo.json');
	return module.default as unknown as AtlasTopology;
}
