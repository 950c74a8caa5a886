import type { DownloadName } from '$lib/server/render/downloads';
import type { MapFocus, ProvinceRole, Qualifier, TroopChart } from '$lib/story/types';
import type { Lang } from './langs';

/**
 * Every word the page writes besides the story's copy (data/copy/<lang>.aml): interface,
 * graphics, tables, cards, and how numbers and dates are written. One object per language
 * (./fr.ts, ./en.ts); TypeScript makes sure each has them all.
 */
export interface Words {
	lang: Lang;
	/** Offered to readers of the other editions, in this edition's language ('Read in English'). */
	readIn: string;
	/** The language's own name ('English'), for the short links on step cards. */
	languageName: string;

	/** `2 500` or `2,500`. */
	count(value: number): string;
	/** `1er mai 2021` or `May 1, 2021` (without the year: `1er mai`, `May 1`). */
	day(iso: string, withYear?: boolean): string;
	/** `mai 2021`, or abbreviated for axis ticks: `févr. 2021`, `Feb. 2021`. */
	monthYear(date: Date, short?: boolean): string;
	/** The language's typography applied to a line of copy (spaces, apostrophes). */
	typography(text: string): string;

	page: {
		skipToStory: string;
		scrollHint: string;
		motion: string;
		motionState(on: boolean): string;
		/** Accessible name of a step's section. */
		step(n: number): string;
		progress(n: number, total: number): string;
		/** Announces a step's text alternative to screen readers. */
		graphicAlt(alt: string): string;
		seeData: string;
		nav: { label: string; previous: string; next: string };
		share: {
			/** Shown ('Partager'), then read to screen readers only (' cette étape'). */
			summary: string;
			summaryMore: string;
			copy: string;
			copied(url: string): string;
			failed(url: string): string;
			email: string;
		};
		embed: {
			title: string;
			intro: string;
			preview: string;
			copy: string;
			copied: string;
			failed: string;
		};
		sources: { title: string; data: string; story: string; charts: string; maps: string };
		/** Shown in place of the page when a step is unknown (`error(404)`). */
		unknownStep: string;
	};

	citation: {
		quote(title: string): string;
		titleNotCaptured: string;
		titleFromUrl: string;
	};
	downloads: Record<DownloadName, string>;
	/** What each map source gave, in the source list (same order as `mapCredits`). */
	mapCredits: { boundaries: string; neighbours: string; towns: string; names: string };

	qualifiers: Record<Qualifier, string>;
	chartTitles: Record<TroopChart, string>;
	mapTitles: Record<MapFocus, string>;

	troops: {
		markKey(soldiers: string): string;
		official(count: string): string;
		/** The NYT's figure and its month (`mars 2021`), both from the data. */
		nyt(count: string, month: string): string;
		/** The announced calendar's ends: a day and the troops then (data and step). */
		calendarFrom(day: string, count: string): string;
		calendarTo(day: string, count: string): string;
		calendarNote: string;
		natoUs(count: string): string;
		natoOthers: string;
		/** Resolute Support's total at its month (`février 2021`), from the data. */
		natoTotal(month: string, count: string, nations: string, soldiers: string): string;
		/** The peak's estimates: the lowest of them and the years they span (data). */
		peak(count: string, fromYear: number, toYear: number): string;
		combatEnd: string;
		target: string;
		dohaSigned: string;
		dohaDeadline: string;
		newDeadline: string;
		axisTroops: string;
		/** A range of estimates, `environ 12 000 à 13 000`. */
		range(low: string, high: string): string;
	};

	map: {
		credit: string;
		km(km: string): string;
		/** Between the names in a legend entry and what they are (`Helmand : front principal`). */
		colon: string;
		roles: Record<ProvinceRole, string>;
		unnamed(n: number): string;
		checkpoints: string;
		response: string;
		noCount: string;
		inset: string;
	};

	table: {
		troopHead: [string, string];
		mapHead: [string, string];
		official(day: string): string;
		nytEstimate(month: string): string;
		about(count: string): string;
		/** A figure only precise to the year, placed at 1 July by convention. */
		midYear(year: number): string;
		withdrawalStart(day: string): string;
		announcedTarget(day: string): string;
		abandonedDeadline(day: string): string;
		natoTotal(month: string): string;
		natoUs: string;
		natoOthers: string;
		province(role: ProvinceRole): string;
		notColoured: string;
		capital: string;
		town: string;
	};

	card: {
		stepOf(n: number, total: number): string;
	};
}
