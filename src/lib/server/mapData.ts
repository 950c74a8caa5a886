import places from '$data/sources/places.csv?raw';
import provinces from '$data/sources/provinces.csv?raw';
import type { MapPlace } from '$lib/data/atlas';
import { parsePlaces, parseProvinces } from '$lib/data/places';

/** What the maps need besides geometry, from the sourced files (validated at build time). */
export interface MapData {
	places: MapPlace[];
	/** French province names by ISO 3166-2 code. */
	provinceNames: Record<string, string>;
}

export function mapData(): MapData {
	return {
		places: parsePlaces(places, 'data/sources/places.csv').map((p) => ({
			key: p.name_en,
			name: p.name_fr,
			kind: p.kind,
			lon: p.lon,
			lat: p.lat
		})),
		provinceNames: Object.fromEntries(
			parseProvinces(provinces, 'data/sources/provinces.csv').map((p) => [p.iso_3166_2, p.name_fr])
		)
	};
}
