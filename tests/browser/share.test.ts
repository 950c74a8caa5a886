import { describe, expect } from 'vitest';
import { DEFAULT_ORIGIN } from '../../src/lib/share/site';
import { DESKTOP, PHONE } from './helpers/chromium';
import { mapSettled, storyReady } from './helpers/settled';
import { activeStep, EDITIONS, type Edition } from './helpers/story';
import { test } from './helpers/test';

// The share pages' tags and cards are checked on the built files: tests/build/sharePages.test.ts.

/** How the share sheet words the riposte step, in each edition. */
const RIPOSTE_SHARED: Record<Edition['lang'], RegExp> = {
	fr: /^Environ 100 talibans tués dans le Helmand/,
	en: /^About 100 Taliban killed in Helmand/
};

describe.each(EDITIONS)('$lang edition', (edition) => {
	describe('a step’s own page', () => {
		test('opens the story on its step, in its state, then follows the reader', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: PHONE, at: 's/six-provinces/' });
			await mapSettled(page, { slug: 'six-provinces', focus: 'afghanistan' });
			expect(await page.getAttribute('[data-province="AF-GHA"]', 'data-highlight')).toBe('named');
			const box = await page.locator('#six-provinces .card').boundingBox();
			expect(box!.y).toBeLessThan(844);
			await page.evaluate(() =>
				document.getElementById('kaboul')?.scrollIntoView({ block: 'center' })
			);
			await expect.poll(() => activeStep(page)).toBe('kaboul');
			await expect.poll(() => page.evaluate(() => location.hash)).toBe('#kaboul');
		});
	});

	describe('the share control', () => {
		test('copies the step’s address and says so, on screen and to screen readers', async ({
			usePage
		}) => {
			const page = await usePage({
				edition,
				size: DESKTOP,
				permissions: ['clipboard-read', 'clipboard-write'],
				at: '#helmand'
			});
			await storyReady(page);
			const share = page.locator('#helmand [data-share]');
			// A short label on screen, the whole phrase for screen readers.
			const { summary, summaryMore } = edition.w.page.share;
			expect(await share.locator('summary').textContent()).toBe(`${summary}${summaryMore}`);
			expect(await share.locator('summary .visually-hidden').textContent()).toBe(summaryMore);
			await share.locator('summary').click();
			await share.locator('[data-copy-link]').click();
			const expected = `${DEFAULT_ORIGIN}/${edition.path}s/helmand/`;
			await expect
				.poll(() => share.locator('[role="status"]').textContent())
				.toContain(edition.w.page.share.copied(expected));
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
			const links = await share
				.locator('a[data-network]')
				.evaluateAll((as) =>
					as.map((a) => [a.getAttribute('data-network'), a.getAttribute('href')])
				);
			expect(links.map(([network]) => network)).toEqual([
				'x',
				'facebook',
				'linkedin',
				'whatsapp',
				'bluesky',
				'email'
			]);
			for (const [, href] of links) expect(href).toContain(encodeURIComponent(expected));
		});

		test('uses the system share sheet where the browser has one', async ({ usePage }) => {
			const page = await usePage({
				edition,
				size: PHONE,
				init: () => {
					Object.defineProperty(navigator, 'share', {
						value: (data: ShareData) => {
							(window as unknown as { shared: ShareData }).shared = data;
							return Promise.resolve();
						}
					});
				},
				at: '#riposte'
			});
			await storyReady(page);
			await page.locator('#riposte [data-share] summary').click();
			const shared = await page.evaluate(
				() => (window as unknown as { shared?: ShareData }).shared
			);
			expect(shared?.url).toBe(`${DEFAULT_ORIGIN}/${edition.path}s/riposte/`);
			expect(shared?.text).toMatch(RIPOSTE_SHARED[edition.lang]);
			expect(await page.locator('#riposte [data-share]').getAttribute('open')).toBeNull();
		});
	});
});
