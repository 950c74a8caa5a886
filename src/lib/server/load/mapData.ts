import places from '$data/sources/places.csv?raw';
import provinces from '$data/sources/provinces.csv?raw';
import type { MapData } from '$lib/data/atlas';
import { LANGS, type Lang } from '$lib/i18n';
import { wordsFor } from '$lib/i18n/editions';
import { parsePlaces, parseProvinces } from '$lib/data/places';
import type { Source } from '$lib/story/types';

/** The sourced files, parsed and validated at build time (a bad row fails the build). */
export const mapSources = {
	places: parsePlaces(places, 'data/sources/places.csv'),
	provinces: parseProvinces(provinces, 'data/sources/provinces.csv')
};

/** Where the maps' geometry, names and coordinates come from (see data/map/ for the checks). */
export const mapCredits = (lang: Lang): Source[] => {
	const titles = wordsFor(lang).mapCredits;
	return [
		{
			publisher: 'Natural Earth',
			title: titles.boundaries,
			date: '',
			url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/'
		},
		{
			publisher: 'Natural Earth',
			title: titles.neighbours,
			date: '',
			url: 'https://github.com/topojson/world-atlas'
		},
		{
			publisher: 'GeoNames',
			title: titles.towns,
			date: '',
			url: 'https://www.geonames.org/'
		},
		{
			publisher: 'Debian iso-codes',
			title: titles.names,
			date: '',
			url: 'https://salsa.debian.org/iso-codes-team/iso-codes'
		}
	];
};

const namesIn = (lang: Lang) => (lang === 'fr' ? 'name_fr' : 'name_en');

/** Built once per build and edition: every prerendered page and card reads the same. */
const built = Object.fromEntries(
	LANGS.map((lang): [Lang, MapData] => [
		lang,
		{
			places: mapSources.places.map((p) => ({
				key: p.name_en,
				name: p[namesIn(lang)],
				kind: p.kind,
				lon: p.lon,
				lat: p.lat
			})),
			provinceNames: Object.fromEntries(
				mapSources.provinces.map((p) => [p.iso_3166_2, p[namesIn(lang)]])
			)
		}
	])
) as Record<Lang, MapData>;

export function mapData(lang: Lang): MapData {
	return built[lang];
}
