import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseCopy } from '../../../src/lib/story/copy';
import { slugs } from '../../../src/lib/story/steps';

/** The French copy as the page shows it (typography applied). */
export const copy = parseCopy(readFileSync('data/copy/fr.aml', 'utf8'), 'data/copy/fr.aml', slugs);
export { slugs };

/** Waits two animation frames, so coalesced scroll work has run. */
export async function settle(page: Page): Promise<void> {
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

/** Scrolls by `dy` px at a time until the page stops moving, recording the active step after each move. */
export async function scrollThrough(page: Page, dy: number): Promise<string[]> {
	const seen: string[] = [];
	for (let i = 0; i < 2000; i++) {
		const before = await page.evaluate(() => window.scrollY);
		await page.evaluate((d) => window.scrollBy(0, d), dy);
		await settle(page);
		const step = await activeStep(page);
		if (step && seen.at(-1) !== step) seen.push(step);
		if ((await page.evaluate(() => window.scrollY)) === before) break;
	}
	return seen;
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
