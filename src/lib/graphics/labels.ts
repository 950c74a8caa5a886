import type { GraphicState, Qualifier } from '$lib/story/types';

/** The graphics' own words (the story's words live in data/copy/). */
const chartTitles = {
	units: 'Effectifs américains',
	calendar: 'Calendrier annoncé',
	nato: 'Mission de l’Otan',
	history: 'Vingt ans de présence américaine',
	drawdown: 'L’accord de Doha',
	deadline: 'Une échéance repoussée'
} as const;

const mapTitles = {
	afghanistan: 'Afghanistan',
	helmand: 'Province du Helmand',
	kabul: 'Kaboul'
} as const;

/** The title shown above the graphic for a state. */
export function graphicTitle(state: GraphicState): string {
	return state.view === 'troops' ? chartTitles[state.chart] : mapTitles[state.focus];
}

/** Words placed before a key figure. */
export const qualifierWords: Record<Qualifier, string> = {
	exact: '',
	approx: 'environ',
	atLeast: 'au moins'
};
