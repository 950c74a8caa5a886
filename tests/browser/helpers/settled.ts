import type { Frame, Page } from 'playwright-core';

/**
 * Waits for the story's engine to have started (`data-story-ready`) and for the parts hydrated
 * later (the graphic) to follow the page: until then they show the server's first step.
 */
export async function storyReady(page: Page | Frame): Promise<void> {
	await page.waitForFunction(
		() =>
			document.documentElement.dataset.storyReady === 'true' &&
			!document.querySelector('[data-hydrated-later]:not([data-hydrated])')
	);
}

/**
 * Waits until the web fonts are switched on in every part of the page (webFonts.ts): until then
 * each part switched may move the text below it by a pixel or two, for a frame.
 */
export async function fontsSwitched(page: Page | Frame): Promise<void> {
	await page.waitForFunction(
		() => !document.querySelector('[data-web-fonts]:not([data-web-fonts="on"])')
	);
}

/** What a map step shows once settled (tests/browser/maps.test.ts lists them). */
export interface MapStep {
	slug: string;
	focus: string;
}

/** Waits until the map shows a step's focus, its atlas loaded, and has stopped moving. */
export async function mapSettled(page: Page, step: MapStep): Promise<void> {
	await page.waitForSelector(
		`[data-graphic][data-active-step="${step.slug}"][data-atlas="loaded"][data-charted="true"]`
	);
	await page.waitForSelector(`svg.map[data-focus="${step.focus}"][data-settled="true"]`);
}

/** What a troop step shows once settled (tests/browser/troopChart.test.ts lists them). */
export interface TroopStep {
	slug: string;
	chart: string;
	marks: string;
	domain?: string;
	deadline?: string;
}

/** Waits until the troop chart has reached a step's final state and dropped the sheets it left. */
export async function troopsSettled(page: Page, step: TroopStep): Promise<void> {
	await page.waitForFunction(
		(s) => {
			const svg = document.querySelector('.troop-chart');
			return (
				svg?.getAttribute('data-settled') === 'true' &&
				svg.getAttribute('data-chart') === s.chart &&
				svg.getAttribute('data-marks-visible') === s.marks &&
				(!s.domain || svg.getAttribute('data-x-domain') === s.domain) &&
				(!s.deadline || svg.getAttribute('data-deadline') === s.deadline)
			);
		},
		step,
		{ timeout: 5000 }
	);
}

/**
 * Waits until the graphic shows `slug` at rest: the step active, its chart drawn at its size
 * (`data-charted`), the chart settled and no animation running on the page.
 */
export async function stepAtRest(page: Page, slug: string): Promise<void> {
	await page.waitForSelector(`[data-graphic][data-active-step="${slug}"][data-charted="true"]`);
	await page.waitForFunction(() => {
		const graphic = document.querySelector('[data-graphic]');
		const chart =
			graphic?.getAttribute('data-view') === 'map'
				? document.querySelector('svg.map[data-settled]')
				: document.querySelector('.troop-chart');
		return (
			chart?.getAttribute('data-settled') === 'true' &&
			document.getAnimations().every((a) => a.playState !== 'running')
		);
	});
}
