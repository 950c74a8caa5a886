import type { GraphicState, LineNotes } from './types';

// What each map focus frames: its own module, so the page's first load (a troop chart) leaves it
// to the map's code.
export { mapFrames } from './mapFrames';

/** The twenty years: the long view's window, kept by the unit views for their hidden scales. */
export const longView = ['2001-07-01', '2021-12-31'] as const;

/** The drawdown's notes, on the Doha step and after: the signing and each level on the way down. */
const drawdownNotes: LineNotes = {
	drawdown: { levels: ['2020-02-29', '2020-07-13', '2020-11-17', '2021-01-15'] }
};

/**
 * THE story: every step, in reading order, with the state of the graphic at that step.
 * The words live in `data/copy/fr.aml` under the same slugs; this file decides what is seen.
 * Every key figure names the row of `data/sources/` it comes from and the words there that
 * support it (checked by tests/unit/figureSources.test.ts).
 */
export const storyStates = [
	{
		slug: 'retrait',
		state: {
			view: 'troops',
			chart: 'units',
			window: ['2021-05-01', '2021-05-01'],
			figure: {
				kind: 'count',
				value: 2500,
				qualifier: 'exact',
				source: {
					file: 'troops_us.csv',
					key: '2021-05-01',
					quote: 'Official start of the final withdrawal'
				}
			}
		}
	},
	{
		slug: 'echeance',
		state: {
			view: 'troops',
			chart: 'calendar',
			window: ['2021-05-01', '2021-09-11'],
			deadline: '2021-09-11',
			figure: {
				kind: 'date',
				date: '2021-09-11',
				source: {
					file: 'troops_us.csv',
					key: '2021-09-11',
					quote: 'complete before the 20th anniversary'
				}
			}
		}
	},
	{
		slug: 'otan',
		state: {
			view: 'troops',
			chart: 'nato',
			window: ['2021-02-01', '2021-02-01'],
			figure: {
				kind: 'count',
				value: 9600,
				qualifier: 'approx',
				source: {
					file: 'nato_resolute_support.csv',
					key: '2021-02',
					quote: '36 NATO Allies and partners'
				}
			}
		}
	},
	{
		slug: 'vingt-ans',
		state: {
			view: 'troops',
			chart: 'history',
			window: longView,
			deadline: '2021-09-11',
			notes: {
				history: { combatEnd: { top: 45_000, textAt: 40_000 }, peak: '2010-07-01' }
			},
			figure: {
				kind: 'count',
				value: 100000,
				qualifier: 'approx',
				source: { file: 'troops_us.csv', key: '2010-07-01', quote: 'reaching 100,000 in mid-2010' }
			}
		}
	},
	{
		slug: 'doha',
		state: {
			view: 'troops',
			chart: 'drawdown',
			window: ['2020-01-01', '2021-10-31'],
			deadline: '2021-05-01',
			notes: drawdownNotes,
			figure: {
				kind: 'date',
				date: '2021-05-01',
				source: { file: 'troops_us.csv', key: '2021-05-01', quote: 'Doha agreement deadline' }
			}
		}
	},
	{
		slug: 'biden',
		state: {
			view: 'troops',
			chart: 'deadline',
			window: ['2020-01-01', '2021-10-31'],
			deadline: '2021-09-11',
			formerDeadline: '2021-05-01',
			notes: drawdownNotes,
			figure: {
				kind: 'date',
				date: '2021-04-14',
				source: { file: 'timeline.csv', key: '2021-04-14', quote: 'Joe Biden annonce un retrait' }
			}
		}
	},
	{
		slug: 'afghanistan',
		state: {
			view: 'map',
			focus: 'afghanistan',
			highlights: [],
			places: ['Kabul'],
			figure: {
				kind: 'count',
				value: 34,
				qualifier: 'exact',
				source: { file: 'provinces.csv', key: 'AF-KAB', quote: 'ISO 3166-2:AF, 34 provinces' }
			}
		}
	},
	{
		slug: 'helmand',
		state: {
			view: 'map',
			focus: 'helmand',
			highlights: [{ iso: 'AF-HEL', role: 'front' }],
			places: ['Lashkar Gah'],
			labelsLeft: ['Lashkar Gah'],
			annotations: ['checkpoints'],
			ringAround: 'Lashkar Gah',
			figure: {
				kind: 'date',
				date: '2021-05-03',
				source: { file: 'timeline.csv', key: '2021-05-03', quote: 'autour de Lashkar Gah' }
			}
		}
	},
	{
		slug: 'riposte',
		state: {
			view: 'map',
			focus: 'helmand',
			highlights: [{ iso: 'AF-HEL', role: 'front' }],
			places: ['Lashkar Gah'],
			labelsLeft: ['Lashkar Gah'],
			annotations: ['checkpoints', 'response'],
			ringAround: 'Lashkar Gah',
			figure: {
				kind: 'count',
				value: 100,
				qualifier: 'approx',
				source: { file: 'timeline.csv', key: '2021-05-04', quote: 'plus de 100 talibans tués' }
			}
		}
	},
	{
		slug: 'six-provinces',
		state: {
			view: 'map',
			focus: 'afghanistan',
			highlights: [
				{ iso: 'AF-HEL', role: 'front' },
				{ iso: 'AF-GHA', role: 'named' },
				{ iso: 'AF-KAN', role: 'named' },
				{ iso: 'AF-ZAB', role: 'reported' },
				{ iso: 'AF-FRA', role: 'reported' },
				{ iso: 'AF-BGL', role: 'reported' }
			],
			unnamed: 4,
			places: ['Lashkar Gah', 'Ghazni', 'Kandahar', 'Kabul'],
			labelsLeft: ['Lashkar Gah'],
			// The dotted three: no town on the map names them, and their outlines run along others.
			provincesNamed: ['AF-ZAB', 'AF-FRA', 'AF-BGL'],
			figure: {
				kind: 'count',
				value: 6,
				qualifier: 'atLeast',
				source: { file: 'timeline.csv', key: '2021-05-04', quote: 'au moins six autres provinces' }
			}
		}
	},
	{
		slug: 'kaboul',
		state: {
			view: 'map',
			focus: 'kabul',
			highlights: [],
			places: ['Kabul'],
			figure: { kind: 'none' }
		}
	},
	{
		slug: 'violences',
		state: {
			view: 'map',
			focus: 'afghanistan',
			highlights: [],
			places: ['Kabul'],
			annotations: ['noCount'],
			figure: { kind: 'none' }
		}
	}
] as const satisfies readonly { slug: string; state: GraphicState }[];

export type Slug = (typeof storyStates)[number]['slug'];

/** The slugs in reading order. */
export const slugs: readonly Slug[] = /* @__PURE__ */ storyStates.map((s) => s.slug);
