import type { Locator } from 'playwright-core';
import { describe, expect } from 'vitest';
import { palettes } from '$lib/graphics/palette';
import { PHONE, SIZES } from './helpers/chromium';
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
			// The parts far below the story are left out of the first layout (data-far).
			const farHeadings = await page.$$eval('[data-far] h2', (headings) =>
				headings.map((h) => h.checkVisibility({ contentVisibilityAuto: true }))
			);
			expect(farHeadings).toEqual([false, false]);
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

	test('on a dark system, the figures turn dark with the page; printed, they are there and light', async ({
		usePage
	}) => {
		const page = await usePage({ edition, size: PHONE, theme: 'dark', javaScript: false, at: '' });
		for (const slug of ['otan', 'helmand']) {
			const figure = page.locator(`[data-step="${slug}"] img.static-figure`);
			await figure.scrollIntoViewIfNeeded();
			await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
			expect(await cornerColour(figure), slug).toBe(palettes.dark.paper);
		}
		// Printed: each step's figure, light, and no empty box where the script's print figure goes.
		await page.emulateMedia({ media: 'print' });
		const figure = page.locator('[data-step="otan"] img.static-figure');
		expect(await figure.isVisible()).toBe(true);
		expect(await cornerColour(figure), 'printed').toBe(palettes.light.paper);
		expect(await page.locator('img.print-figure:visible').count()).toBe(0);
	});
});

/** The colour of a figure's top-left corner as the screen shows it (its paper), as `#rrggbb`. */
async function cornerColour(figure: Locator): Promise<string> {
	const png = (await figure.screenshot({ animations: 'disabled' })).toString('base64');
	return figure.page().evaluate(async (data) => {
		const img = new Image();
		img.src = `data:image/png;base64,${data}`;
		await img.decode();
		const canvas = new OffscreenCanvas(img.width, img.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(img, 0, 0);
		const [r, g, b] = context.getImageData(4, 4, 1, 1).data;
		return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
	}, png);
}
