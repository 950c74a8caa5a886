import { describe, expect } from 'vitest';
import { PHONE } from './helpers/chromium';
import { storyReady } from './helpers/settled';
import { EDITIONS, slugs } from './helpers/story';
import { site, test } from './helpers/test';

/**
 * What the prerendered story holds that hydration is told to leave alone (`Prerendered`). The
 * web fonts' switch (`data-web-fonts="on"`, webFonts.ts) is the only change the page may make.
 */
const snapshot = () => ({
	// What the page's jobs switch on once it is idle: the web fonts and the far parts' layout.
	body: [...document.querySelectorAll('[data-prerendered]')].map((el) =>
		el.innerHTML
			.replaceAll('data-web-fonts="on"', 'data-web-fonts=""')
			.replaceAll('data-far="ahead"', 'data-far=""')
	),
	head: [
		...document.head.querySelectorAll(
			'title, meta[name], meta[property], link[rel="canonical"], link[hreflang], script[type="application/ld+json"]'
		)
	].map((el) => el.outerHTML)
});

describe.each(EDITIONS)(
	'the $lang story’s prerendered words, tables, links, sources and head tags',
	(edition) => {
		test('are still there, unchanged, once the page is hydrated and read', async ({ usePage }) => {
			// The page as prerendered, before any of its code runs.
			const bare = await usePage({ edition, size: PHONE, failing: /\.js$/ });
			await bare.route('**/*.js', (route) => route.abort());
			await bare.goto(site() + edition.path, { waitUntil: 'load' });
			const prerendered = await bare.evaluate(snapshot);
			// Every step card has its words, its data table, its share links and its language link; then
			// the sources.
			expect(prerendered.body.length).toBe(slugs.length * 4 + 1);
			expect(prerendered.body.every((html) => html.trim().length > 0)).toBe(true);
			// Title, description, previews, canonical and language links, structured data.
			expect(prerendered.head.length).toBeGreaterThan(15);

			// The same page with its code, in a page of its own: hydrated, then read.
			const page = await usePage({ edition, size: PHONE, at: '' });
			await storyReady(page);
			await page.evaluate((slug) => document.getElementById(slug)!.scrollIntoView(), slugs[4]!);
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${slugs[4]}`);
			expect(await page.evaluate(snapshot)).toEqual(prerendered);
			for (const step of edition.copy.steps.slice(0, 3))
				await expect
					.poll(() => page.locator(`#${step.slug} p`).first().textContent())
					.toBe(step.text);
			// A table still opens; a source link is still a link.
			const table = page.locator(`#${slugs[4]} [data-table]`);
			await table.locator('summary').click();
			await expect.poll(() => table.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
			expect(await page.locator('#sources-et-methode ol a').count()).toBeGreaterThan(5);
		});
	}
);

/** Counts the prerendered graphic's elements taken out of the page (a hydration that gave up rebuilds them). */
const WATCH_GRAPHIC = `window.graphicRemoved = 0;
	new MutationObserver((records) => {
		for (const record of records)
			for (const node of record.removedNodes)
				if (node.nodeType === 1 && (node.matches('[data-graphic], .troop-chart') || node.querySelector('[data-graphic], .troop-chart')))
					window.graphicRemoved++;
	}).observe(document, { childList: true, subtree: true });`;

describe.each(EDITIONS)('the $lang story’s graphic, hydrated in a task of its own', (edition) => {
	test.for([
		['at the top', '', slugs[0]!, slugs[1]!],
		['from a link to a step', `#${slugs[3]}`, slugs[3]!, slugs[4]!]
	] as const)(
		'takes over the prerendered chart without rebuilding it, %s',
		async ([, hash, opened, next], { usePage }) => {
			const page = await usePage({ edition, size: PHONE, init: WATCH_GRAPHIC, at: hash });
			const graphic = page.locator('[data-graphic]');
			await expect.poll(() => graphic.getAttribute('data-active-step')).toBe(opened);
			// Hydrated: it follows the reader to the next step.
			await page.evaluate((slug) => document.getElementById(slug)!.scrollIntoView(), next);
			await expect.poll(() => graphic.getAttribute('data-active-step')).toBe(next);
			expect(await page.locator('.troop-chart').count()).toBe(1);
			expect(
				await page.evaluate(() => (window as unknown as { graphicRemoved: number }).graphicRemoved)
			).toBe(0);
		}
	);
});

/** The troop chart's size changes and its wrapper's hydration, in the order they happen. */
const WATCH_CHART_SIZE = `window.chartEvents = [];
	new MutationObserver((records) => {
		for (const r of records) {
			if (r.attributeName === 'style' && r.target.matches('.troop-chart')) window.chartEvents.push('size ' + r.target.getAttribute('style'));
			if (r.attributeName === 'data-hydrated' && r.target.querySelector('.troop-chart')) window.chartEvents.push('hydrated');
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['style', 'data-hydrated'] });`;

describe('the troop chart on a phone', () => {
	test('hydrates at the size the browser measured, not at the server’s guess and then again', async ({
		usePage
	}) => {
		const page = await usePage({ size: PHONE, init: WATCH_CHART_SIZE, at: '' });
		await storyReady(page);
		const events = () =>
			page.evaluate(() => (window as unknown as { chartEvents: string[] }).chartEvents);
		await expect.poll(events).toContain('hydrated');
		const chart = page.locator('.troop-chart');
		const measured = await page.locator('[data-chart-box]').evaluate((el) => el.clientWidth);
		expect(await chart.evaluate((el) => el.getBoundingClientRect().width)).toBe(measured);
		// Its size set once, by the hydration itself (the server drew it for a 358 px box).
		const sizes = (await events()).filter((e) => e.startsWith('size'));
		expect(sizes).toHaveLength(1);
		expect((await events()).at(-1)).toBe('hydrated');
	});
});

describe('a troop chart that was not prerendered', () => {
	test('is built when the reader scrolls back to it from a step page on a map', async ({
		usePage
	}) => {
		const map = slugs.find((slug) => slug === 'helmand')!;
		const troops = slugs[4]!;
		const page = await usePage({ size: PHONE, at: `s/${map}/` });
		await storyReady(page);
		expect(await page.locator('.troop-chart').count()).toBe(0);
		await page.evaluate((slug) => document.getElementById(slug)!.scrollIntoView(), troops);
		await expect.poll(() => page.locator('.troop-chart').count()).toBe(1);
		await expect
			.poll(() => page.locator('[data-graphic]').getAttribute('data-active-step'))
			.toBe(troops);
	});
});
