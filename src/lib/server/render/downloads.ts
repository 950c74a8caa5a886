import { csvFormat } from 'd3-dsv';
import type { Lang } from '$lib/i18n';
import { wordsFor } from '$lib/i18n/editions';
import { mapSources } from '../load/mapData';
import { sources } from '../load/troopData';

/** The cleaned, validated data files offered for download, by file name. */
export const downloads = {
	'effectifs-americains.csv': () => sources.troops,
	'chronologie.csv': () => sources.timeline,
	'otan-resolute-support.csv': () => sources.nato,
	'provinces.csv': () => mapSources.provinces,
	'lieux.csv': () => mapSources.places
} as const;

export type DownloadName = keyof typeof downloads;

export function downloadCsv(name: DownloadName): string {
	return csvFormat<object>(downloads[name]());
}

/** Links for the page, relative to the site's root (the files are the same in every edition). */
export const downloadLinks = (lang: Lang) =>
	(Object.keys(downloads) as DownloadName[]).map((file) => ({
		href: `donnees/${file}`,
		label: wordsFor(lang).downloads[file]
	}));
