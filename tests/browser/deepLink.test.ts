import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { DESKTOP, PHONE, SIZES } from './helpers/chromium';
import { storyReady } from './helpers/settled';
import { activeStep, EDITIONS, otherEdition, slugs } from './helpers/story';
import { site as siteUrl, test, type BrowserFixtures } from './helpers/test';

const site = siteUrl();

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
	describe.each(Object.entries(SIZES))('deep links on a %s', (sizeName, size) => {
		const open = async (usePage: BrowserFixtures['usePage'], at: string): Promise<Page> => {
			const page = await usePage({ edition, size, init: recordSteps, at });
			await storyReady(page);
			return page;
		};

		// Each step's link: in both editions on a phone, and in French on a desktop (the English
		// cards' fit on a desktop is story.test.ts's, at every step).
		const linked = edition.lang === 'fr' || sizeName === 'phone' ? slugs : [];
		test.for(linked)(
			'#%s opens the story at that step, in that state, without the states between',
			async (slug, { usePage }) => {
				const page = await open(usePage, `#${slug}`);
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
				if (sizeName === 'phone') {
					// The graphic has the screen; the card comes in below it, its first lines in view.
					const chart = await page.locator('[data-chart-box]').boundingBox();
					expect(card!.y).toBeGreaterThan(chart!.y + chart!.height / 2);
					expect(card!.y + 80).toBeLessThanOrEqual(viewport.height);
				} else expect(card!.y + card!.height).toBeLessThanOrEqual(viewport.height);
				expect(await page.evaluate(() => location.hash)).toBe(`#${slug}`);
			}
		);

		test('an unknown hash opens the story at its start, without errors', async ({ usePage }) => {
			const page = await open(usePage, '#nimporte-quoi');
			expect(await activeStep(page)).toBe(slugs[0]);
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			const page2 = await open(usePage, '#%E0%A4%A');
			expect(await activeStep(page2)).toBe(slugs[0]);
		});

		test.for([
			['?etape=riposte', 'riposte', '#riposte'],
			['?etape=inconnue', slugs[0], ''],
			['s/otan/', 'otan', ''] // the page's address names the step already
		])(
			'%s opens the story at %s, and the address follows',
			async ([path, slug, hash], { usePage }) => {
				const page = await open(usePage, path!);
				expect(await activeStep(page)).toBe(slug);
				await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
			}
		);

		test('a link to a step followed inside the page moves the story there', async ({ usePage }) => {
			const page = await open(usePage, '');
			await page.evaluate(() => (location.hash = '#kaboul'));
			await page.waitForSelector('[data-graphic][data-active-step="kaboul"]');
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
			await storyReady(page);
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

		test(`the header’s link to the ${other.lang} edition follows the active step, and keeps it`, async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: DESKTOP, at: '#kaboul' });
			await storyReady(page);
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
		});

		test(`a step card’s link to the ${other.lang} edition opens that step there`, async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: PHONE, at: '' });
			await storyReady(page);
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
		});

		test(`on a step’s own page, the header links to that step in the ${other.lang} edition`, async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: PHONE, at: 's/otan/' });
			await storyReady(page);
			const link = page.locator(`header a[data-edition="${other.lang}"]`);
			await expectLanguageLink(link);
			expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(target('#otan'));
			await follow(page, link, '#otan', true);
		});
	});
});
