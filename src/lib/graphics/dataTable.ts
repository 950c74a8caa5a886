import { natoMonth, nytMonth, type Point, type TroopChartData } from '$lib/data/chartData';
import { parseIsoDate } from '$lib/format/fr';
import { qualified } from '$lib/format/qualified';
import type { Words } from '$lib/i18n';
import type { MapData } from '$lib/data/atlas';
import type { GraphicState, MapState, TroopsState } from '$lib/story/types';
import { graphicTitle } from './labels';

/** A graphic's data as a table, for readers who cannot see it or want the figures. */
export interface DataTable {
	caption: string;
	head: [string, string];
	rows: [string, string][];
}

/** The data a step's graphic shows, as rows of words and figures. */
export function dataTable(
	state: GraphicState,
	troops: TroopChartData,
	map: MapData,
	w: Words
): DataTable {
	const caption = graphicTitle(state, w);
	return state.view === 'troops'
		? { caption, head: w.table.troopHead, rows: troopRows(state, troops, w) }
		: { caption, head: w.table.mapHead, rows: mapRows(state, map, w) };
}

function troopRows(state: TroopsState, data: TroopChartData, w: Words): [string, string][] {
	const { count, day, table } = w;
	const [start, end] = state.window;
	/** The figure the announced target of `date` sets (a date of the data: storyPictures.test). */
	const target = (date: string) => count(data.targets.find((p) => p.date === date)!.value);
	switch (state.chart) {
		case 'units':
			return [
				[table.official(day(start)), count(data.nato.us)],
				[table.nytEstimate(w.monthYear(nytMonth(data))), table.about(count(data.nytEstimate.value))]
			];
		case 'calendar':
			return [
				[table.withdrawalStart(day(start)), count(data.nato.us)],
				[table.announcedTarget(day(end)), target(end)]
			];
		case 'nato':
			return [
				[table.natoTotal(w.monthYear(natoMonth(data))), count(data.nato.total)],
				[table.natoUs, count(data.nato.us)],
				[table.natoOthers, count(data.nato.total - data.nato.us)]
			];
		default: {
			const [from, to] = state.window.map(parseIsoDate) as [Date, Date];
			const inWindow = (date: string) => parseIsoDate(date) >= from && parseIsoDate(date) <= to;
			const rows: [string, string][] = data.reported
				.filter((p) => inWindow(p.date))
				.map((p) => [when(p, w), qualified(p, w)]);
			if (state.formerDeadline)
				rows.push([
					table.abandonedDeadline(day(state.formerDeadline)),
					target(state.formerDeadline)
				]);
			if (state.deadline)
				rows.push([table.announcedTarget(day(state.deadline)), target(state.deadline)]);
			return rows;
		}
	}
}

/** A charted figure's date, as precise as its source. */
function when(p: Point, w: Words): string {
	if (p.precision === 'day') return w.day(p.date);
	const date = parseIsoDate(p.date);
	return p.precision === 'month' ? w.monthYear(date) : w.table.midYear(date.getUTCFullYear());
}

function mapRows(state: MapState, map: MapData, w: Words): [string, string][] {
	const rows: [string, string][] = state.highlights.map((h) => [
		map.provinceNames[h.iso] ?? h.iso,
		w.table.province(h.role)
	]);
	if (state.unnamed) rows.push([w.map.unnamed(state.unnamed), w.table.notColoured]);
	for (const key of state.places) {
		const place = map.places.find((p) => p.key === key);
		if (place)
			rows.push([place.name, place.kind === 'national_capital' ? w.table.capital : w.table.town]);
	}
	return rows;
}
