import { describe, expect } from 'vitest';
import { SIZES } from './helpers/chromium';
import { EDITIONS } from './helpers/story';
import { site, test } from './helpers/test';

describe.each(EDITIONS)('$lang edition', (edition) => {
	const { copy } = edition;
	const url = site() + edition.path;

	describe.each(Object.entries(SIZES))('without JavaScript, on a %s', (_size, options) => {
		test('reads as a complete article: headline, every step followed by its figure, the sources, no dead controls', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: options, javaScript: false, at: '' });
			expect(await page.textContent('h1')).toBe(copy.headline);
			for (const step of copy.steps) {
				const card = page.locator(`[data-step="${step.slug}"]`);
				expect(await card.textContent()).toContain(step.text);
				expect(await card.isVisible()).toBe(true);
				const figure = card.locator('img.static-figure');
				expect(await figure.evaluate((img: HTMLImageElement) => img.src)).toBe(
					`${url}figures/${step.slug}.svg`
				);
				await expect
					.poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
					.toBe(560);
				expect(await figure.isVisible()).toBe(true);
			}
			// The sticky panel would show one step's graphic for all: it gives way to the figures.
			expect(await page.locator('[data-graphic-column]').isVisible()).toBe(false);
			// No control that needs JavaScript is shown.
			expect(await page.locator('button:visible').count()).toBe(0);
			const sources = await page.$$eval('#sources-et-methode a[href]', (links) =>
				links.map((a) => a.getAttribute('href'))
			);
			for (const source of copy.sources) expect(sources).toContain(source.url);
			expect(sources.filter((href) => href?.endsWith('.csv'))).toHaveLength(5);
			// Each source shows its number inside its own box (content-visibility clips what is outside).
			const entries = page.locator('#sources-et-methode ol li');
			const first = entries.first();
			await first.scrollIntoViewIfNeeded();
			const [entry, number] = await Promise.all([
				first.boundingBox(),
				first.locator('.number').boundingBox()
			]);
			expect(await first.locator('.number').textContent()).toBe('1.');
			expect(number!.x).toBeGreaterThanOrEqual(entry!.x);
			expect(number!.width).toBeGreaterThan(0);
			await page.goto(`${url}#helmand`);
			const card = await page.locator('[data-step="helmand"] .card').boundingBox();
			expect(card!.y).toBeGreaterThanOrEqual(-1);
			expect(card!.y).toBeLessThan(options.viewport!.height);
		});
	});
});
