import type { TroopChartData } from '$lib/data/chartData';
import { formatCount, formatDay, parseIsoDate } from '$lib/format/fr';
import type { MapData } from '$lib/server/mapData';
import type { GraphicState, MapState, ProvinceRole, TroopsState } from '$lib/story/types';
import { graphicTitle, mapWords } from './labels';

/** A graphic's data as a table, for readers who cannot see it or want the figures. */
export interface DataTable {
	caption: string;
	head: [string, string];
	rows: [string, string][];
}

const ROLE_NAMES: Record<ProvinceRole, string> = {
	front: 'front principal',
	named: 'citée par le ministère de la Défense',
	reported: 'attaques rapportées par d’autres médias'
};

/** The data a step's graphic shows, as rows of words and figures. */
export function dataTable(state: GraphicState, troops: TroopChartData, map: MapData): DataTable {
	const caption = graphicTitle(state);
	return state.view === 'troops'
		? { caption, head: ['Date', 'Soldats'], rows: troopRows(state, troops) }
		: { caption, head: ['Lieu', 'Sur la carte'], rows: mapRows(state, map) };
}

function troopRows(state: TroopsState, data: TroopChartData): [string, string][] {
	const count = (n: number) => formatCount(n);
	switch (state.chart) {
		case 'units':
			return [
				[`${formatDay('2021-05-01')} (chiffre officiel)`, count(data.nato.us)],
				[`mars 2021 (estimation du New York Times)`, `environ ${count(data.nytEstimate.value)}`]
			];
		case 'calendar':
			return [
				[`${formatDay('2021-05-01')} (début du retrait)`, count(data.nato.us)],
				[`${formatDay('2021-09-11')} (objectif annoncé)`, '0']
			];
		case 'nato':
			return [
				[`Resolute Support, février 2021 (total)`, count(data.nato.total)],
				['dont États-Unis', count(data.nato.us)],
				['autres pays membres et partenaires', count(data.nato.total - data.nato.us)]
			];
		default: {
			const [from, to] = state.window.map(parseIsoDate) as [Date, Date];
			const inWindow = (date: string) => parseIsoDate(date) >= from && parseIsoDate(date) <= to;
			const rows: [string, string][] = data.reported
				.filter((p) => inWindow(p.date))
				.map((p) => [formatDay(p.date), count(p.value)]);
			if (state.formerDeadline)
				rows.push([`${formatDay(state.formerDeadline)} (échéance de Doha, abandonnée)`, '0']);
			if (state.deadline) rows.push([`${formatDay(state.deadline)} (objectif annoncé)`, '0']);
			return rows;
		}
	}
}

function mapRows(state: MapState, map: MapData): [string, string][] {
	const rows: [string, string][] = state.highlights.map((h) => [
		map.provinceNames[h.iso] ?? h.iso,
		`province : ${ROLE_NAMES[h.role]}`
	]);
	if (state.unnamed) rows.push([mapWords.unnamed(state.unnamed), 'non coloriées']);
	for (const key of state.places) {
		const place = map.places.find((p) => p.key === key);
		if (place)
			rows.push([
				place.name,
				place.kind === 'national_capital' ? 'capitale, signalée' : 'ville, signalée'
			]);
	}
	return rows;
}
