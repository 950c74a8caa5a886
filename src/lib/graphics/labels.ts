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

/** Words of the troop charts. Figures come from the data, formatted by the caller. */
export const troopWords = {
	markKey: (soldiers: string) => `1 carré = ${soldiers} soldats`,
	official: (count: string) => `${count} soldats américains, chiffre officiel`,
	nyt: (count: string) =>
		`Le New York Times faisait état d’environ ${count} soldats en mars 2021, dont des unités non comptées.`,
	calendarFrom: (count: string) => `1er mai 2021 : ${count}`,
	calendarTo: '11 septembre 2021 : 0',
	calendarNote: 'Calendrier annoncé : un objectif, pas un décompte.',
	natoUs: (count: string) => `États-Unis : ${count} (chiffre officiel)`,
	natoOthers: 'Autres pays membres et partenaires',
	natoTotal: (count: string, soldiers: string) =>
		`Resolute Support, février 2021 : ${count} militaires de 36 pays. 1 carré = ${soldiers} militaires.`,
	peak: 'environ 100 000 au plus fort, en 2010-2011',
	combatEnd: 'fin de la mission de combat',
	target: 'objectif : 0',
	dohaSigned: 'accord de Doha',
	dohaDeadline: 'échéance de Doha',
	newDeadline: 'nouvelle échéance',
	deadline: 'échéance',
	axisTroops: 'soldats américains'
} as const;

const frenchNumbers = [
	'zéro',
	'une',
	'deux',
	'trois',
	'quatre',
	'cinq',
	'six',
	'sept',
	'huit',
	'neuf',
	'dix'
];

/** Words of the maps. Place and province names come from the data. */
export const mapWords = {
	credit: 'Fond de carte : Natural Earth',
	km: (km: string) => `${km} km`,
	roles: {
		front: 'front principal',
		named: 'citées par le ministère de la Défense',
		reported: 'attaques rapportées par d’autres médias'
	},
	unnamed: (n: number) => `au moins ${frenchNumbers[n] ?? n} autres provinces, non précisées`,
	checkpoints: 'postes de contrôle attaqués (schéma : positions inconnues)',
	responseTitle: 'Riposte',
	response: ['frappes aériennes et commandos d’élite', 'des centaines de familles déplacées'],
	noCount: 'Faute de décompte, la carte ne montre aucune attaque pour cette période.',
	inset: 'Situation dans le pays'
} as const;
