import { csvFormat } from 'd3-dsv';
import { mapSources } from './mapData';
import { sources } from './troopData';

/** The cleaned, validated data files offered for download, by file name. */
export const downloads = {
	'effectifs-americains.csv': {
		label: 'Effectifs militaires américains en Afghanistan, 2001-2021 (avec leurs sources)',
		rows: () => sources.troops
	},
	'chronologie.csv': {
		label: 'Chronologie, 2001-2021 (avec les sources)',
		rows: () => sources.timeline
	},
	'otan-resolute-support.csv': {
		label: 'Mission Resolute Support de l’Otan : effectifs par pays (avec les sources)',
		rows: () => sources.nato
	},
	'provinces.csv': {
		label: 'Les 34 provinces afghanes : codes ISO 3166-2 et noms (avec les sources)',
		rows: () => mapSources.provinces
	},
	'lieux.csv': {
		label: 'Villes nommées sur les cartes : coordonnées (avec les sources)',
		rows: () => mapSources.places
	}
} as const;

export type DownloadName = keyof typeof downloads;

export function downloadCsv(name: DownloadName): string {
	return csvFormat<object>(downloads[name].rows());
}

/** Links for the page, relative to it. */
export const downloadLinks = Object.entries(downloads).map(([file, d]) => ({
	href: `donnees/${file}`,
	label: d.label
}));
