import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { parsePlaces, parseProvinces } from '../../../src/lib/data/places';
import { LANGS, type Lang, type Words } from '../../../src/lib/i18n';
import { wordsFor } from '../../../src/lib/i18n/editions';
import { parseCopy } from '../../../src/lib/story/copy';
import { slugs } from '../../../src/lib/story/steps';
import type { Copy } from '../../../src/lib/story/types';

export { slugs };

/** One edition of the story, as its pages show it. */
export interface Edition {
	lang: Lang;
	/** Where the edition lives, relative to the site's root: '' or 'en/'. */
	path: string;
	/** The copy, typography applied. */
	copy: Copy;
	w: Words;
}

const copyIn = (lang: Lang) =>
	parseCopy(
		readFileSync(`data/copy/${lang}.aml`, 'utf8'),
		`data/copy/${lang}.aml`,
		slugs,
		wordsFor(lang).typography
	);

/** Every edition: browser tests run for each (`describe.each(EDITIONS)`). */
export const EDITIONS: Edition[] = LANGS.map((lang) => ({
	lang,
	path: lang === 'fr' ? '' : `${lang}/`,
	copy: copyIn(lang),
	w: wordsFor(lang)
}));

/** The edition a language link on `edition`'s pages leads to. */
export const otherEdition = (edition: Edition): Edition =>
	EDITIONS.find((e) => e.lang !== edition.lang)!;

const places = parsePlaces(
	readFileSync('data/sources/places.csv', 'utf8'),
	'data/sources/places.csv'
);

/** A town's name on an edition's maps (data/sources/places.csv), from its English name. */
export function placeName(edition: Edition, nameEn: string): string {
	const place = places.find((p) => p.name_en === nameEn);
	if (!place) throw new Error(`no place named ${nameEn} in data/sources/places.csv`);
	return edition.lang === 'fr' ? place.name_fr : place.name_en;
}

const provinces = parseProvinces(
	readFileSync('data/sources/provinces.csv', 'utf8'),
	'data/sources/provinces.csv'
);

/** A province's name on an edition's maps (data/sources/provinces.csv), from its ISO 3166-2 code. */
export function provinceName(edition: Edition, iso: string): string {
	const province = provinces.find((p) => p.iso_3166_2 === iso);
	if (!province) throw new Error(`no province ${iso} in data/sources/provinces.csv`);
	return edition.lang === 'fr' ? province.name_fr : province.name_en;
}

/** Waits two animation frames of a page or frame, so coalesced scroll work has run. */
export async function settle(page: Page | Frame): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
			)
	);
}

export function activeStep(page: Page): Promise<string | null> {
	return page.getAttribute('[data-graphic]', 'data-active-step');
}

/**
 * How far a scroll may move at a time without skipping a step: half the smallest distance between
 * two steps' tops, read in `page` (a page, or the frame of an embed).
 */
export function scrollStride(page: Page | Frame): Promise<number> {
	return page.evaluate(() => {
		const tops = [...document.querySelectorAll('[data-step]')].map(
			(el) => el.getBoundingClientRect().top
		);
		const gap = Math.min(...tops.slice(1).map((top, i) => top - tops[i]!));
		return Math.max(50, Math.floor(gap / 2));
	});
}

/**
 * Scrolls down (1) or up (-1) by `scrollStride` at a time until the page stops moving, recording
 * the active step after each move (two frames on, so the scroll's work has run). Once the last
 * step of the way is active (the sources below it, the header above the first), a screen at a
 * time: no step is left to miss, and the active step is still read after every move. The loop
 * runs in the page: one round trip.
 */
export async function scrollThrough(page: Page | Frame, direction: 1 | -1): Promise<string[]> {
	const dy = direction * (await scrollStride(page));
	const last = direction === 1 ? slugs.at(-1)! : slugs[0]!;
	return page.evaluate(
		async ({ dy, last }) => {
			const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
			const seen: string[] = [];
			for (let i = 0; i < 2000; i++) {
				const before = window.scrollY;
				const screen = Math.sign(dy) * window.innerHeight * 0.8;
				window.scrollBy(0, seen.at(-1) === last ? screen : dy);
				await frame();
				await frame();
				const step = document.querySelector('[data-graphic]')?.getAttribute('data-active-step');
				if (step && seen.at(-1) !== step) seen.push(step);
				if (window.scrollY === before) break;
			}
			return seen;
		},
		{ dy, last }
	);
}

/** Where the trigger line is and where the steps are, read from the page. */
export function geometry(page: Page) {
	return page.evaluate(() => ({
		scrollY: window.scrollY,
		height: window.innerHeight,
		tops: [...document.querySelectorAll<HTMLElement>('[data-step]')].map(
			(el) => el.getBoundingClientRect().top + window.scrollY
		)
	}));
}

/**
 * Counts the nodes added under `selector` from now on (a node moved in the page counts too):
 * `added()` reads the count, `reset()` sets it back to 0.
 */
export async function watchAddedNodes(page: Page, selector: string) {
	await page.evaluate((selector) => {
		const w = window as unknown as { addedNodes: number };
		w.addedNodes = 0;
		new MutationObserver((records) => {
			for (const r of records) w.addedNodes += r.addedNodes.length;
		}).observe(document.querySelector(selector)!, { childList: true, subtree: true });
	}, selector);
	return {
		added: () => page.evaluate(() => (window as unknown as { addedNodes: number }).addedNodes),
		reset: () => page.evaluate(() => ((window as unknown as { addedNodes: number }).addedNodes = 0))
	};
}
