import type { Bounds } from '$lib/graphics/map/conic';
import type { NeighbourProperties, ProvinceProperties } from '$data/map/atlas';

/** A province as the maps draw it: its shape on the plate, its box there, where its name goes. */
export interface ProjectedProvince {
	/** ISO 3166-2 code. */
	id: string;
	properties: ProvinceProperties;
	/** Path data in the plate's px (see graphics/map/plate.ts). */
	d: string;
	/** The shape's box on the plate, `[[x0, y0], [x1, y1]]`. */
	box: Bounds;
	/** Its spherical centroid, `[lon, lat]`: where its name goes. */
	centroid: [number, number];
}

/** A neighbouring country, clipped to the region, with its label anchor. */
export interface ProjectedNeighbour {
	id: string;
	properties: NeighbourProperties;
	d: string;
}

/**
 * The map data as the graphics draw it, projected onto the plate by `npm run data`
 * (data/map/projected.ts): nothing to decode or project on the reader's side.
 */
export interface Atlas {
	/** The 34 provinces. */
	provinces: ProjectedProvince[];
	neighbours: ProjectedNeighbour[];
	/** Afghanistan's outline (the union of its provinces). */
	outline: { d: string; box: Bounds };
	/** Borders between provinces, each drawn once. */
	borders: string;
	/** The outline's box as the maps' conic fits it (see graphics/map/conic.ts): the projection
	 * that places towns and measures distances. */
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
 * The map data's own file (see graphics/map/loadMap.ts), as text parsed with `JSON.parse`: the same
 * 70 KB as an object in code took 4 ms to run at full speed, a long task's share at 4× CPU.
 */
export async function loadAtlas(): Promise<Atlas> {
	const module = await import('$data/map/afghanistan.projected.json?raw');
	return JSON.parse(module.default) as Atlas;
}
