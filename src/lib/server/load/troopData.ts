import nato from '$data/sources/nato_resolute_support.csv?raw';
import presidencies from '$data/sources/presidencies.csv?raw';
import timeline from '$data/sources/timeline.csv?raw';
import troops from '$data/sources/troops_us.csv?raw';
import { troopChartData } from '$lib/data/chartData';
import { parseNato, parsePresidencies, parseTimeline, parseTroops } from '$lib/data/troops';

/** The sourced files, parsed and validated at build time (a bad row fails the build). */
export const sources = {
	troops: parseTroops(troops, 'data/sources/troops_us.csv'),
	timeline: parseTimeline(timeline, 'data/sources/timeline.csv'),
	nato: parseNato(nato, 'data/sources/nato_resolute_support.csv'),
	presidencies: parsePresidencies(presidencies, 'data/sources/presidencies.csv')
};

const byDate = new Map<string, ReturnType<typeof troopChartData>>();

/** What the troop charts draw, as of the article's date (computed once per date). */
export function troopData(asOf: string) {
	let data = byDate.get(asOf);
	if (!data) {
		data = troopChartData(
			sources.troops,
			sources.timeline,
			sources.nato,
			sources.presidencies,
			asOf
		);
		byDate.set(asOf, data);
	}
	return data;
}
