import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIZES, watchProblems, useChromium } from './helpers/chromium';
import { activeStep, slugs } from './helpers/story';

const url = inject('siteUrl');
const browser = useChromium();

/** Records every value `data-active-step` takes from the first byte of HTML on. */
const recordSteps = () => {
	const seen: string[] = [];
	(window as unknown as { seenSteps: string[] }).seenSteps = seen;
	new MutationObserver(() => {
		const step = document.querySelector('[data-graphic]')?.getAttribute('data-active-step');
		if (step && seen.at(-1) !== step) seen.push(step);
	}).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-active-step']
	});
};

describe.each(Object.entries(SIZES))('deep links on a %s', (_size, options) => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await browser().newContext(options);
		await context.addInitScript(recordSteps);
	});
	afterAll(async () => {
		await context.close();
	});

	const open = async (hash: string): Promise<{ page: Page; errors: string[] }> => {
		const page = await context.newPage();
		const { errors } = watchProblems(page, new URL(url).origin);
		await page.goto(url + hash);
		await page.waitForFunction(() => document.documentElement.dataset.storyReady === 'true');
		return { page, errors };
	};

	it.each(slugs)(
		'#%s opens the story at that step, in that state, without the states between',
		async (slug) => {
			const { page, errors } = await open(`#${slug}`);
			expect(await activeStep(page)).toBe(slug);
			const seen = await page.evaluate(
				() => (window as unknown as { seenSteps: string[] }).seenSteps
			);
			expect(
				seen.every((s) => s === slugs[0] || s === slug),
				`states seen: ${seen.join(', ')}`
			).toBe(true);
			const card = await page.locator(`[data-step="${slug}"] .card`).boundingBox();
			const viewport = page.viewportSize()!;
			expect(card!.y).toBeGreaterThanOrEqual(0);
			expect(card!.y + card!.height).toBeLessThanOrEqual(viewport.height);
			expect(await page.evaluate(() => location.hash)).toBe(`#${slug}`);
			expect(errors).toEqual([]);
			await page.close();
		}
	);

	it('an unknown hash opens the story at its start, without errors', async () => {
		const { page, errors } = await open('#nimporte-quoi');
		expect(await activeStep(page)).toBe(slugs[0]);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		const { page: page2, errors: errors2 } = await open('#%E0%A4%A');
		expect(await activeStep(page2)).toBe(slugs[0]);
		expect([...errors, ...errors2]).toEqual([]);
		await page.close();
		await page2.close();
	});

	it.each([
		['?etape=riposte', 'riposte', '#riposte'],
		['?etape=inconnue', slugs[0], ''],
		['s/otan/', 'otan', ''] // the page's address names the step already
	])('%s opens the story at %s, and the address follows', async (path, slug, hash) => {
		const { page, errors } = await open(path);
		expect(await activeStep(page)).toBe(slug);
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('a link to a step followed inside the page moves the story there', async () => {
		const { page, errors } = await open('');
		await page.evaluate(() => (location.hash = '#kaboul'));
		await page.waitForSelector('[data-graphic][data-active-step="kaboul"]');
		expect(errors).toEqual([]);
		await page.close();
	});
});
