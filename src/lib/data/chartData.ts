import { parseIsoDate } from '$lib/format/fr';
import type { Qualifier } from '$lib/story/types';
import type { NatoRow, PresidencyRow, TimelineRow, TroopRow } from './troops';

/** A dated figure, ready to chart. Dates stay ISO strings so the data serialises as it is. */
export interface Point {
	date: string;
	value: number;
	/** How the source bounds the figure (`under 5,000` is not 5,000): every label carries it. */
	qualifier: Qualifier;
	/** How precise the date is: a `year` row sits at 1 July by convention. */
	precision: 'day' | 'month' | 'year';
}

const QUALIFIERS: Record<TroopRow['qualifier'], Qualifier> = {
	'': 'exact',
	about: 'approx',
	at_least: 'atLeast',
	under: 'under'
};

/** What the troop charts draw, selected from the sourced files by the rules of the fact base. */
export interface TroopChartData {
	/** The article's date: nothing reported after it is charted. */
	asOf: string;
	/** `operational` + `reported` rows up to `asOf`: the only rows on the line (never DMDC). */
	reported: Point[];
	/** `operational` + `peak_estimate` rows: drawn as separate marks. */
	peakEstimates: Point[];
	/** Announced targets in force at `asOf`: drawn dashed, never joined to the line. */
	targets: Point[];
	/** The NYT figure (an `operational_alt` row), shown as an annotation. */
	nytEstimate: Point;
	/** Resolute Support in February 2021: total, nations and US share from the same source date. */
	nato: { asOf: string; total: number; nations: number; us: number };
	presidencies: { name: string; start: string; end: string | null }[];
	/** End of the combat mission (ISAF flag cased in Kabul). */
	combatEnd: string;
	/** Signing of the Doha agreement, and the troop level then as sources differ on it. */
	doha: { date: string; low: number; high: number };
}

/** The source of a charted row, as listed under « Sources et méthode ». */
export interface ChartSource {
	publisher: string;
	title: string;
	date: string;
	url: string;
}

function one<T>(rows: T[], what: string): T {
	if (rows.length !== 1) throw new Error(`expected exactly one ${what}, found ${rows.length}`);
	return rows[0]!;
}

/**
 * Selects the charted figures. Targets announced after the article (the 31 August deadline) and
 * figures dated after it (the August evacuation surge, the 30 August end) stay out.
 */
export function troopChartData(
	troops: readonly TroopRow[],
	timeline: readonly TimelineRow[],
	nato: readonly NatoRow[],
	presidencies: readonly PresidencyRow[],
	asOf: string
): TroopChartData & { sources: ChartSource[] } {
	const point = (r: TroopRow): Point => ({
		date: r.date,
		value: r.us_troops,
		qualifier: QUALIFIERS[r.qualifier],
		precision: r.precision
	});
	const byDate = (a: Point, b: Point) => a.date.localeCompare(b.date);
	const operational = troops.filter((r) => r.series === 'operational');
	const natoTotal = one(
		nato.filter(
			(r) =>
				r.nation.startsWith('TOTAL') &&
				r.as_of === '2021-02' &&
				/placemat/i.test(r.source_publisher)
		),
		'Resolute Support total for 2021-02 citing the placemat'
	);
	if (natoTotal.nations === '')
		throw new Error('the Resolute Support total for 2021-02 says how many nations it counts');
	const natoUs = one(
		nato.filter((r) => r.nation === 'United States' && r.as_of === '2021-02'),
		'US figure for 2021-02'
	);
	const dohaDate = one(
		timeline.filter((r) => /^Accord de Doha/.test(r.event_fr)),
		'signing of the Doha agreement'
	).date;
	const atSigning = troops
		.filter(
			(r) => r.date === dohaDate && r.series.startsWith('operational') && r.kind === 'reported'
		)
		.map((r) => r.us_troops);
	const reported = operational.filter((r) => r.kind === 'reported' && r.date <= asOf);
	const peakEstimates = operational.filter((r) => r.kind === 'peak_estimate');
	const targets = operational.filter(
		(r) => r.kind === 'announced_target' && !/after the article/i.test(r.note)
	);
	const nyt = one(
		troops.filter((r) => r.series === 'operational_alt' && r.date === '2021-03-14'),
		'NYT estimate of 2021-03-14'
	);
	const dohaAlt = troops.filter((r) => r.date === dohaDate && r.series === 'operational_alt');
	const combatEnd = one(
		timeline.filter((r) => /ISAF/.test(r.event_fr) && r.date.startsWith('2014-12')),
		'end of the ISAF combat mission in December 2014'
	);
	const used = [
		...reported,
		...peakEstimates,
		...targets,
		nyt,
		...dohaAlt,
		natoTotal,
		natoUs,
		combatEnd
	];
	const isoOrEmpty = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d : '');
	const sources = [
		...used.map((r) => ({
			publisher: r.source_publisher,
			title: r.source_title,
			date: isoOrEmpty(r.source_date),
			url: r.source_url
		})),
		...presidencies.map((p) => ({
			publisher: p.source_publisher,
			title: p.source_title,
			date: '',
			url: p.source_url
		}))
	].filter((src, i, all) => all.findIndex((o) => o.url === src.url) === i);
	return {
		sources,
		asOf,
		reported: reported.map(point).sort(byDate),
		peakEstimates: peakEstimates.map(point).sort(byDate),
		targets: targets.map(point).sort(byDate),
		nytEstimate: point(nyt),
		nato: {
			asOf: natoTotal.as_of,
			total: Number(natoTotal.troops),
			nations: Number(natoTotal.nations),
			us: Number(natoUs.troops)
		},
		presidencies: presidencies.map((p) => ({
			name: p.president_fr,
			start: p.start,
			end: p.end || null
		})),
		combatEnd: combatEnd.date,
		doha: { date: dohaDate, low: Math.min(...atSigning), high: Math.max(...atSigning) }
	};
}

/** The month Resolute Support's figures are as of (`nato.asOf`, `YYYY-MM`), as its first day. */
export const natoMonth = (data: Pick<TroopChartData, 'nato'>): Date =>
	parseIsoDate(`${data.nato.asOf}-01`);

/** The day of the New York Times estimate, which the words name by its month. */
export const nytMonth = (data: Pick<TroopChartData, 'nytEstimate'>): Date =>
	parseIsoDate(data.nytEstimate.date);

/** The peak as its estimates give it: the lowest figure, over the years they name. */
export function peakRange(data: Pick<TroopChartData, 'peakEstimates'>) {
	const years = data.peakEstimates.map((p) => Number(p.date.slice(0, 4)));
	return {
		lowest: Math.min(...data.peakEstimates.map((p) => p.value)),
		from: Math.min(...years),
		to: Math.max(...years)
	};
}
