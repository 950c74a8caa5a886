import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import {
	DESKTOP,
	LAYOUTS,
	PHONE,
	SIZES,
	useChromium,
	watchProblems,
	useContext
} from './helpers/chromium';
import { activeStep, EDITIONS, slugs } from './helpers/story';

const site = inject('siteUrl');
const browser = useChromium();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.each(EDITIONS)('$lang edition', ({ path, w }) => {
	const url = site + path;

	describe.each([
		['phone', 'light', SIZES.phone],
		['phone', 'dark', SIZES.phone],
		['desktop', 'light', SIZES.desktop],
		['desktop', 'dark', SIZES.desktop]
	] as const)('axe on a %s, %s theme', (_size, scheme, options) => {
		const context = useContext(browser, { ...options, colorScheme: scheme });

		it.each(slugs)('#%s has no WCAG 2.2 AA violation', async (slug) => {
			const page = await context().newPage();
			await page.goto(`${url}#${slug}`);
			await page.waitForSelector(`[data-graphic][data-active-step="${slug}"]`);
			await page.waitForSelector('html[data-story-ready="true"]');
			await page.waitForTimeout(800);
			const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
			expect(
				violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
			).toEqual([]);
			await page.close();
		});
	});

	describe('keyboard', () => {
		it('walks through every step with the next and previous controls, focus on each step’s text', async () => {
			const context = await browser().newContext(DESKTOP);
			const page = await context.newPage();
			const problems = watchProblems(page, new URL(site).origin);
			await page.goto(url);
			await page.waitForSelector('[data-step-next]');
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
			await page.focus(`#${slugs.at(-2)} [data-share] summary`);
			await page.keyboard.press('n');
			await page.waitForTimeout(200);
			expect(await activeStep(page)).toBe(slugs.at(-2));
			expect(problems.errors).toEqual([]);
			await context.close();
		});

		it('shows where the focus is on every control', async () => {
			const context = await browser().newContext(PHONE);
			const page = await context.newPage();
			await page.goto(`${url}#helmand`);
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
			await context.close();
		});
	});

	describe('motion', () => {
		it('under reduced motion, a step change runs no animation', async () => {
			const context = await browser().newContext({ ...DESKTOP, reducedMotion: 'reduce' });
			const page = await context.newPage();
			await page.goto(`${url}#otan`);
			await page.waitForSelector('[data-step-next]');
			const running = await page.evaluate(async () => {
				document.querySelector<HTMLButtonElement>('[data-step-next]')!.click();
				let most = 0;
				const end = performance.now() + 800;
				while (performance.now() < end) {
					most = Math.max(
						most,
						document.getAnimations().filter((a) => a.playState === 'running').length
					);
					await new Promise(requestAnimationFrame);
				}
				return {
					most,
					chart: document.querySelector('.troop-chart')?.getAttribute('data-chart')
				};
			});
			expect(running).toEqual({ most: 0, chart: 'history' });
			await context.close();
		});

		it('the page’s switch turns animations off for the visit, whatever the system says', async () => {
			const context = await browser().newContext(DESKTOP);
			const page = await context.newPage();
			await page.goto(`${url}#otan`);
			const toggle = page.locator('[data-motion-switch]');
			expect(await toggle.getAttribute('aria-pressed')).toBe('true');
			await toggle.click();
			expect(await toggle.getAttribute('aria-pressed')).toBe('false');
			// A new page of the same visit (the click scrolled up to the switch).
			await page.goto('about:blank');
			await page.goto(`${url}#otan`);
			await page.waitForSelector('[data-motion-switch][aria-pressed="false"]');
			expect(await page.getAttribute('html', 'data-motion')).toBe('reduce');
			const running = await page.evaluate(async () => {
				document.querySelector<HTMLButtonElement>('[data-step-next]')!.click();
				let most = 0;
				const end = performance.now() + 800;
				while (performance.now() < end) {
					most = Math.max(
						most,
						document.getAnimations().filter((a) => a.playState === 'running').length
					);
					await new Promise(requestAnimationFrame);
				}
				return {
					most,
					chart: document.querySelector('.troop-chart')?.getAttribute('data-chart')
				};
			});
			expect(running).toEqual({ most: 0, chart: 'history' });
			await context.close();
		});
	});

	describe('data tables', () => {
		it('every step offers its graphic’s data as a table', async () => {
			const context = await browser().newContext(PHONE);
			const page = await context.newPage();
			await page.goto(url);
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
			await context.close();
		});
	});

	describe('print', () => {
		it('lays the story out as an article with one figure per step, and makes a PDF', async () => {
			const context = await browser().newContext(DESKTOP);
			const page = await context.newPage();
			await page.goto(url);
			await page.waitForSelector('html[data-story-ready="true"]');
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
			await context.close();
		});
	});

	describe.each(LAYOUTS.slice(0, 1))('reflow on a %s', (_name, options) => {
		it.each(['100%', '200%'])(
			'no horizontal scrolling and no clipped text at %s text size',
			async (size) => {
				const context = await browser().newContext(options);
				const page = await context.newPage();
				await page.goto(url);
				await page.waitForSelector('html[data-story-ready="true"]');
				await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
				await page.waitForTimeout(300);
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
				await context.close();
			}
		);
	});
});
