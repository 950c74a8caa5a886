import { describe, expect } from 'vitest';
import { DESKTOP, LAYOUTS, PHONE } from './helpers/chromium';
import { storyReady } from './helpers/settled';
import { activeStep, EDITIONS, settle, slugs } from './helpers/story';
import { site, test } from './helpers/test';

// The axe scans of every step are in axe.test.ts (a file of their own, for a worker of their own).

describe.each(EDITIONS)('$lang edition', (edition) => {
	const { w } = edition;
	const url = site() + edition.path;

	describe('keyboard', () => {
		test('walks through every step with the next and previous controls, focus on each step’s text', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: DESKTOP, at: '' });
			await storyReady(page);
			await page.focus('[data-step-next]');
			for (const slug of slugs) {
				await page.keyboard.press('Enter');
				await expect.poll(() => activeStep(page)).toBe(slug);
				await page.focus('[data-step-next]');
			}
			expect(await page.locator('[data-step-next]').isDisabled()).toBe(true);
			// On a step, `p` goes back and the focus follows, visibly.
			await page.locator('[data-step-prev]').press('Enter');
			await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(slugs.at(-2));
			await page.keyboard.press('p');
			await expect.poll(() => activeStep(page)).toBe(slugs.at(-3));
			expect(await page.evaluate(() => document.activeElement?.id)).toBe(slugs.at(-3));
			await page.keyboard.press('n');
			await expect.poll(() => activeStep(page)).toBe(slugs.at(-2));
			// Keys pressed faster than the scroll follows count from the focused step.
			await page.keyboard.press('p');
			await page.keyboard.press('p');
			await expect.poll(() => activeStep(page)).toBe(slugs.at(-4));
			expect(await page.evaluate(() => document.activeElement?.id)).toBe(slugs.at(-4));
			await page.keyboard.press('n');
			await page.keyboard.press('n');
			await expect.poll(() => activeStep(page)).toBe(slugs.at(-2));
			// Typing `n` elsewhere does nothing: the keys only work on a step.
			const summary = `#${slugs.at(-2)} [data-share] summary`;
			await page.focus(summary);
			await page.keyboard.press('n');
			// A handled key moves the focus at once, and the scroll within the next frames.
			await settle(page);
			expect(await page.evaluate((s) => document.activeElement?.matches(s), summary)).toBe(true);
			expect(await activeStep(page)).toBe(slugs.at(-2));
		});

		test('counts a second press of the step bar from the step the first asked for, before the story has moved', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: DESKTOP, at: '' });
			await storyReady(page);
			await page.waitForSelector('[data-step-next]', { state: 'attached' });
			// Both in one task: the first press's jump (its `hashchange`) has not run yet.
			await page.evaluate(() => {
				const next = document.querySelector<HTMLButtonElement>('[data-step-next]')!;
				next.click();
				next.click();
			});
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${slugs[1]}`);
			await expect.poll(() => activeStep(page)).toBe(slugs[1]);
		});

		test('shows where the focus is on every control', async ({ usePage }) => {
			const page = await usePage({ edition, size: PHONE, at: '#helmand' });
			await page.waitForSelector('[data-step-next]');
			for (let i = 0; i < 12; i++) {
				await page.keyboard.press('Tab');
				const outline = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement;
					const style = getComputedStyle(el);
					return {
						tag: el.tagName,
						width: parseFloat(style.outlineWidth),
						style: style.outlineStyle
					};
				});
				if (outline.tag === 'BODY') continue;
				expect(outline.style, `focus on ${outline.tag}`).not.toBe('none');
				expect(outline.width).toBeGreaterThanOrEqual(2);
			}
		});
	});

	describe('motion', () => {
		test('under reduced motion, a step change runs no animation', async ({ usePage }) => {
			const page = await usePage({ edition, size: DESKTOP, reducedMotion: 'reduce', at: '#otan' });
			await page.waitForSelector('[data-step-next]');
			const running = await page.evaluate(stepOnWithoutMotion);
			expect(running).toEqual({ most: 0, chart: 'history' });
		});

		test('the page’s switch turns animations off for the visit, whatever the system says', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: DESKTOP, at: '#otan' });
			const toggle = page.locator('[data-motion-switch]');
			expect(await toggle.getAttribute('aria-pressed')).toBe('true');
			await toggle.click();
			expect(await toggle.getAttribute('aria-pressed')).toBe('false');
			// A new page of the same visit (the click scrolled up to the switch).
			await page.goto('about:blank');
			await page.goto(`${url}#otan`);
			await page.waitForSelector('[data-motion-switch][aria-pressed="false"]');
			expect(await page.getAttribute('html', 'data-motion')).toBe('reduce');
			const running = await page.evaluate(stepOnWithoutMotion);
			expect(running).toEqual({ most: 0, chart: 'history' });
		});
	});

	describe('data tables', () => {
		test('every step offers its graphic’s data as a table', async ({ usePage }) => {
			const page = await usePage({ edition, size: PHONE, at: '' });
			for (const slug of slugs) {
				const details = page.locator(`[data-step="${slug}"] [data-table]`);
				expect(await details.locator('summary').textContent()).toBe(w.page.seeData);
				const rows = await details.locator('tbody tr').count();
				expect(rows, slug).toBeGreaterThan(0);
				expect(await details.locator('caption').textContent()).toBeTruthy();
			}
			await page.locator('[data-step="six-provinces"] [data-table] summary').click();
			const text = await page
				.locator('[data-step="six-provinces"] [data-table] table')
				.textContent();
			expect(text).toContain(w.map.unnamed(4));
			expect(text).toContain(w.table.province('named'));
		});
	});

	describe('print', () => {
		test('lays the story out as an article with one figure per step, and makes a PDF', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: DESKTOP, at: '' });
			await storyReady(page);
			await page.emulateMedia({ media: 'print' });
			await expect
				.poll(() =>
					page.$$eval(
						'img.print-figure',
						(imgs) =>
							imgs.filter(
								(img) =>
									(img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0
							).length
					)
				)
				.toBe(slugs.length);
			expect(
				await page.$$eval('img.print-figure', (imgs) =>
					imgs.map((img) => (img as HTMLImageElement).src)
				)
			).toEqual(slugs.map((slug) => `${url}figures/${slug}.svg`));
			const shown = await page.$$eval(
				'img.print-figure',
				(imgs) => imgs.filter((img) => getComputedStyle(img).display !== 'none').length
			);
			expect(shown).toBe(slugs.length);
			expect(await page.locator('[data-graphic-column]').isVisible()).toBe(false);
			expect(await page.locator('[data-story-nav]').isVisible()).toBe(false);
			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			expect(pages).toBeGreaterThanOrEqual(slugs.length / 2);
		});
	});

	describe.each(LAYOUTS.slice(0, 1))('reflow on a %s', (_name, options) => {
		test.for(['100%', '200%'])(
			'no horizontal scrolling and no clipped text at %s text size',
			async (size, { usePage }) => {
				const page = await usePage({ edition, size: options, at: '' });
				await storyReady(page);
				await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
				// What the new size sets off (the charts' size observers) runs within two frames.
				await settle(page);
				const overflow = await page.evaluate(() => ({
					page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
					clipped: [...document.querySelectorAll('p, h1, h2, h3, li, summary, td, th')]
						// Text kept for screen readers only is clipped on purpose.
						.filter((el) => !el.closest('.visually-hidden, [aria-hidden="true"]'))
						.filter(
							(el) =>
								el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto'
						)
						.map((el) => el.textContent?.slice(0, 40))
				}));
				expect(overflow.page).toBeLessThanOrEqual(0);
				expect(overflow.clipped).toEqual([]);
			}
		);
	});
});

/**
 * Moves on from the troops' NATO step with the page's control and watches every frame until the
 * history chart is settled, and a few frames more: the most animations seen running at once.
 */
async function stepOnWithoutMotion() {
	document.querySelector<HTMLButtonElement>('[data-step-next]')!.click();
	const chart = () => document.querySelector('.troop-chart');
	let most = 0;
	let after = 0;
	for (let frame = 0; frame < 600 && after < 5; frame++) {
		most = Math.max(most, document.getAnimations().filter((a) => a.playState === 'running').length);
		if (
			chart()?.getAttribute('data-chart') === 'history' &&
			chart()?.getAttribute('data-settled') === 'true'
		)
			after++;
		await new Promise(requestAnimationFrame);
	}
	return { most, chart: chart()?.getAttribute('data-chart') };
}
