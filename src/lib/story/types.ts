/**
 * The shapes the whole story is made of. A step's look is fully described by its
 * `GraphicState`; graphics render a state and never read scroll position.
 */

/** How a key figure is qualified in words (the words themselves are the copy's). */
export type Qualifier = 'exact' | 'approx' | 'atLeast' | 'under';

/** Where a key figure comes from: a row of a CSV file in `data/sources/`. */
export interface FigureSource {
	/** File name in `data/sources/`. */
	file: string;
	/** The row's first column: a date (`2021-05-01`), a month (`2021-02`) or an ISO code. */
	key: string;
	/** Words of that row that support the figure. */
	quote: string;
}

/** The one figure the graphic puts forward at a step. */
export type KeyFigure =
	| { kind: 'count'; value: number; qualifier: Qualifier; source: FigureSource }
	| { kind: 'date'; date: string; source: FigureSource }
	| { kind: 'none' };

/** Which troop chart a troop step shows (the D3 chart lands with issue 3). */
export type TroopChart = 'units' | 'calendar' | 'nato' | 'history' | 'drawdown' | 'deadline';

/** Roles a highlighted province can play on a map. */
export type ProvinceRole = 'front' | 'named' | 'reported';

/**
 * What a line chart writes over its line, one group per layer. Figures and dates are named by
 * their row in the data (a date of `troops_us.csv`), never typed again here.
 */
export interface LineNotes {
	/** The long view (the `history` layer): the presidencies shaded and named where they fit. */
	history?: {
		/**
		 * The end of the combat mission (`timeline.csv`), a rule from `top` down to the axis and its
		 * words at `textAt`: heights on the troop axis, in soldiers (where the note sits, no figure).
		 */
		combatEnd: { top: number; textAt: number };
		/** The peak estimate written beside its mark, by its date. */
		peak: string;
	};
	/** The drawdown (the `drawdown` layer): the signing of the Doha agreement marked. */
	drawdown?: {
		/**
		 * Reported figures written beside the line, by their date (the figure at the Doha signing
		 * is written as the range the sources give).
		 */
		levels: readonly string[];
	};
}

export interface TroopsState {
	view: 'troops';
	chart: TroopChart;
	/** Time window shown, as ISO dates `[from, to]`. */
	window: readonly [string, string];
	/** The withdrawal deadline marked on the chart, if any (ISO date). */
	deadline?: string;
	/** The deadline it replaced, shown ghosted (ISO date). */
	formerDeadline?: string;
	/** What a line chart writes over its line. */
	notes?: LineNotes;
	figure: KeyFigure;
}

/** What a map can draw over the provinces besides highlights. */
export type MapAnnotation =
	/** The attacks on checkpoints around Lashkar Gah, as a schematic ring (positions unknown). */
	| 'checkpoints'
	/** The government's response: air raids, commandos, the ministry's toll. */
	| 'response'
	/** A reminder that no count of attacks exists for the period. */
	| 'noCount';

export type MapFocus = 'afghanistan' | 'helmand' | 'kabul';

/** What a map focus frames: the provinces it fits (ISO 3166-2) and the room around them (a share of their extent). */
export interface MapFrame {
	fit: readonly string[] | 'all';
	pad: number;
}

export interface MapState {
	view: 'map';
	/** What the map is framed on. */
	focus: MapFocus;
	/** Highlighted provinces by ISO 3166-2 code. */
	highlights: readonly { iso: string; role: ProvinceRole }[];
	/** Provinces said to be attacked but not named: a legend entry, never a coloured province. */
	unnamed?: number;
	/** Places labelled on the map, by their `name_en` in `data/sources/places.csv`. */
	places: readonly string[];
	/** Places among `places` whose name goes left of the dot, clear of a neighbour or a ring. */
	labelsLeft?: readonly string[];
	annotations?: readonly MapAnnotation[];
	/** With the `checkpoints` annotation: the place among `places` the ring surrounds. */
	ringAround?: string;
	/**
	 * Highlighted provinces the map names at every zoom (ISO 3166-2), not only when zoomed in:
	 * those no town names and whose outline alone a reader cannot match to the legend.
	 */
	provincesNamed?: readonly string[];
	figure: KeyFigure;
}

export type GraphicState = TroopsState | MapState;

/** A step's words, from the ArchieML copy. */
export interface StepCopy {
	slug: string;
	caption: string;
	text: string;
	alt: string;
}

export interface Source {
	publisher: string;
	title: string;
	date: string;
	url: string;
}

/** The whole copy document, validated. */
export interface Copy {
	headline: string;
	dek: string;
	kicker: string;
	published: string;
	byline: string;
	steps: StepCopy[];
	method: string[];
	sources: Source[];
}

/** A step as the page uses it: its copy and its graphic state, in story order. */
export interface Step extends StepCopy {
	index: number;
	state: GraphicState;
}

export interface Story extends Omit<Copy, 'steps'> {
	steps: Step[];
}

/**
 * A step as the browser gets it: its text and its graphic's text alternative are read only from
 * the prerendered page, so the page's data leaves them out.
 */
export type PageStep = Omit<Step, 'text' | 'alt'>;
