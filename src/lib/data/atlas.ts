import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
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

export function decodeAtlas(topology: AtlasTopology): Atlas {
	const { provinces, neighbours } = topology.objects;
	return {
		provinces: feature(topology, provinces).features as ProvinceShape[],
		neighbours: feature(topology, neighbours).features as NeighbourShape[],
		outline: merge(topology, provinces.geometries as Parameters<typeof merge>[1]),
		borders: mesh(topology, provinces, (a, b) => a !== b)
	};
}

/** Loads the map data as its own file (see graphics/map/loadMap.ts). */
export async function loadAtlas(): Promise<Atlas> {
	const module = await import('$data/map/afghanistan.topo.json');
	return decodeAtlas(module.default as unknown as AtlasTopology);
}
