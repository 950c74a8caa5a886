import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, SIZES, watchProblems, useChromium, useContext } from './helpers/chromium';
import { activeStep, EDITIONS, otherEdition, slugs } from './helpers/story';

const site = inject('siteUrl');
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

describe.each(EDITIONS)('$lang edition', (edition) => {
	const url = site + edition.path;

	describe.each(Object.entries(SIZES))('deep links on a %s', (size, options) => {
		const context = useContext(browser, options, (c) => c.addInitScript(recordSteps));

		const open = async (hash: string): Promise<{ page: Page; errors: string[] }> => {
			const page = await context().newPage();
			const { errors } = watchProblems(page, new URL(site).origin);
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
				if (size === 'phone') {
					// The graphic has the screen; the card comes in below it, its first lines in view.
					const chart = await page.locator('[data-chart-box]').boundingBox();
					expect(card!.y).toBeGreaterThan(chart!.y + chart!.height / 2);
					expect(card!.y + 80).toBeLessThanOrEqual(viewport.height);
				} else expect(card!.y + card!.height).toBeLessThanOrEqual(viewport.height);
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

	describe('the language switch', () => {
		const other = otherEdition(edition);
		const target = (hash: string) => `${site}${other.path}${hash}`;

		/**
		 * Follows a language link to a step of the other edition, and checks the story opens there,
		 * in the other language. `inPlace` activates the link without scrolling it into view first.
		 */
		async function follow(page: Page, link: Locator, hash: string, inPlace = false) {
			await Promise.all([
				page.waitForURL(target(hash)),
				inPlace ? link.dispatchEvent('click') : link.click()
			]);
			await page.waitForFunction(() => document.documentElement.dataset.storyReady === 'true');
			expect(await page.getAttribute('html', 'lang')).toBe(other.lang);
			expect(await activeStep(page)).toBe(hash.slice(1));
		}

		/** A link to the other edition, in its language, that reloads the page. */
		async function expectLanguageLink(link: Locator, text = other.w.readIn) {
			expect(await link.getAttribute('hreflang')).toBe(other.lang);
			expect(await link.getAttribute('lang')).toBe(other.lang);
			expect(await link.getAttribute('data-sveltekit-reload')).not.toBeNull();
			expect((await link.textContent())?.trim()).toBe(text);
		}

		it(`the header’s link to the ${other.lang} edition follows the active step, and keeps it`, async () => {
			const context = await browser().newContext(DESKTOP);
			const page = await context.newPage();
			const problems = watchProblems(page, new URL(site).origin);
			await page.goto(`${url}#kaboul`);
			await page.waitForFunction(() => document.documentElement.dataset.storyReady === 'true');
			const link = page.locator(`header a[data-edition="${other.lang}"]`);
			await expectLanguageLink(link);
			const href = () => link.evaluate((a: HTMLAnchorElement) => a.href);
			await expect.poll(href).toBe(target('#kaboul'));
			await page.evaluate(() =>
				document.getElementById('helmand')?.scrollIntoView({ block: 'center' })
			);
			await expect.poll(() => activeStep(page)).toBe('helmand');
			await expect.poll(href).toBe(target('#helmand'));
			// Where the link is: scrolling back up to the header would leave the steps (and the
			// link would then lead, rightly, to the start of the story).
			await follow(page, link, '#helmand', true);
			expect(problems.errors).toEqual([]);
			await context.close();
		});

		it(`a step card’s link to the ${other.lang} edition opens that step there`, async () => {
			const context = await browser().newContext(PHONE);
			const page = await context.newPage();
			const problems = watchProblems(page, new URL(site).origin);
			await page.goto(url);
			await page.waitForFunction(() => document.documentElement.dataset.storyReady === 'true');
			// Before the first step, the header's link leads to the other edition's start.
			expect(
				await page
					.locator(`header a[data-edition="${other.lang}"]`)
					.evaluate((a: HTMLAnchorElement) => a.href)
			).toBe(target(''));
			await page.evaluate(() =>
				document.getElementById('riposte')?.scrollIntoView({ block: 'center' })
			);
			await expect.poll(() => activeStep(page)).toBe('riposte');
			const link = page.locator(`#riposte a[data-edition="${other.lang}"]`);
			// On the cards, the language's own name: short enough to share the tools' line.
			await expectLanguageLink(link, other.w.languageName);
			expect(await link.getAttribute('title')).toBe(other.w.readIn);
			await follow(page, link, '#riposte');
			expect(problems.errors).toEqual([]);
			await context.close();
		});

		it(`on a step’s own page, the header links to that step in the ${other.lang} edition`, async () => {
			const context = await browser().newContext(PHONE);
			const page = await context.newPage();
			await page.goto(`${url}s/otan/`);
			await page.waitForFunction(() => document.documentElement.dataset.storyReady === 'true');
			const link = page.locator(`header a[data-edition="${other.lang}"]`);
			await expectLanguageLink(link);
			expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(target('#otan'));
			await follow(page, link, '#otan', true);
			await context.close();
		});
	});
});
