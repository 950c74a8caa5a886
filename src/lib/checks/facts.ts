import { parseFigures } from '$lib/data/figures';
import { parseNato, parseTroops } from '$lib/data/troops';
import type { Fact } from './unsourcedNumbers';

/** The data files' text, by name in `data/sources/`. */
export interface SourceTexts {
	troops: string;
	nato: string;
	figures: string;
}

/** Every figure a data row gives, with its bound: what a number on the page may stand for. */
export function factsFrom({ troops, nato, figures }: SourceTexts): Fact[] {
	return [
		...parseTroops(troops, 'troops_us.csv').map((r) => ({
			value: r.us_troops,
			qualifier: r.qualifier || ('exact' as const),
			row: `troops_us.csv ${r.date} ${r.series}`
		})),
		...parseNato(nato, 'nato_resolute_support.csv')
			.filter((r) => r.troops !== '')
			.map((r) => ({
				value: Number(r.troops),
				qualifier: 'exact' as const,
				row: `nato_resolute_support.csv ${r.nation} ${r.as_of}`
			})),
		...parseFigures(figures, 'figures.csv').map((r) => ({
			value: r.value,
			qualifier: r.qualifier || ('exact' as const),
			row: `figures.csv ${r.key}`
		}))
	];
}
