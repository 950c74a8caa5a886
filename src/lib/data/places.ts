import * as v from 'valibot';
import { column, parseCsv } from './csv';

const isoProvince = v.pipe(
	column.text,
	v.regex(/^AF-[A-Z]{3}$/, 'must be an ISO 3166-2 code like AF-HEL')
);
const latitude = v.pipe(
	column.text,
	v.decimal('must be a decimal number'),
	v.transform(Number),
	v.minValue(-90),
	v.maxValue(90)
);
const longitude = v.pipe(
	column.text,
	v.decimal('must be a decimal number'),
	v.transform(Number),
	v.minValue(-180),
	v.maxValue(180)
);

const provinceRow = v.object({
	iso_3166_2: isoProvince,
	name_en: column.text,
	name_fr: column.text,
	source: column.text
});
export type Province = v.InferOutput<typeof provinceRow>;

const placeRow = v.object({
	name_fr: column.text,
	name_en: column.text,
	kind: v.picklist(
		['national_capital', 'provincial_capital', 'district_centre'],
		'must be national_capital, provincial_capital or district_centre'
	),
	lat: latitude,
	lon: longitude,
	province_iso: isoProvince,
	source: column.text
});
export type Place = v.InferOutput<typeof placeRow>;

const capitalRow = v.object({
	province_iso: isoProvince,
	capital: column.text,
	lat: latitude,
	lon: longitude,
	source: column.text
});
export type Capital = v.InferOutput<typeof capitalRow>;

const labelRow = v.object({
	geometry_label: column.text,
	province_iso: isoProvince,
	rule: v.pipe(
		column.optional,
		v.regex(/^(borders AF-[A-Z]{3})?$/, 'must be empty or "borders AF-XXX"')
	)
});
export type GeometryLabel = v.InferOutput<typeof labelRow>;

const neighbourRow = v.object({
	iso_numeric: v.pipe(
		column.text,
		v.regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code')
	),
	name_fr: column.text,
	name_en: column.text,
	label_lon: longitude,
	label_lat: latitude
});
export type Neighbour = v.InferOutput<typeof neighbourRow>;

/** `data/sources/provinces.csv`: the 34 provinces of 2021 with their ISO codes and names. */
export const parseProvinces = (text: string, file: string) =>
	parseCsv(text, file, provinceRow, ['iso_3166_2', 'name_en', 'name_fr', 'source']);

/** `data/sources/places.csv`: the towns the maps name, with coordinates and sources. */
export const parsePlaces = (text: string, file: string) =>
	parseCsv(text, file, placeRow, [
		'name_fr',
		'name_en',
		'kind',
		'lat',
		'lon',
		'province_iso',
		'source'
	]);

/** `data/map/capitals.csv`: provincial capitals used to check the geometry's labels. */
export const parseCapitals = (text: string, file: string) =>
	parseCsv(text, file, capitalRow, ['province_iso', 'capital', 'lat', 'lon', 'source']);

/** `data/map/labels.csv`: which province each label of the source geometry stands for. */
export const parseGeometryLabels = (text: string, file: string) =>
	parseCsv(text, file, labelRow, ['geometry_label', 'province_iso', 'rule']);

/** `data/map/neighbours.csv`: the neighbouring countries drawn, their names and label anchors. */
export const parseNeighbours = (text: string, file: string) =>
	parseCsv(text, file, neighbourRow, [
		'iso_numeric',
		'name_fr',
		'name_en',
		'label_lon',
		'label_lat'
	]);
