import { describe, expect } from 'vitest';
import { triggerFrom } from '../../src/lib/engine/activeStep';
import { PHONE, SIZES } from './helpers/chromium';
import { storyReady } from './helpers/settled';
import {
	activeStep,
	EDITIONS,
	geometry,
	scrollThrough,
	settle,
	slugs,
	watchAddedNodes
} from './helpers/story';
import { test, type BrowserFixtures } from './helpers/test';

describe.each(EDITIONS)('$lang edition', (edition) => {
	describe.each(Object.entries(SIZES))('reading the story on a %s', (size, options) => {
		const open = async (usePage: BrowserFixtures['usePage'], at = '') => {
			const page = await usePage({ edition, size: options, at });
			await storyReady(page);
			return page;
		};

		test('activates every step in order going down, and in reverse going up', async ({
			usePage
		}) => {
			const page = await open(usePage);
			const historyLength = await page.evaluate(() => history.length);
			expect(await activeStep(page)).toBe(slugs[0]);
			// The address follows the active step once the scroll rests, not at every step passed:
			// each write comes after a pause of the scroll (URL_REST_MS, 200 ms), however fast the
			// machine (a slow frame is a pause too, so the count of writes is not what is checked).
			const restsBeforeWrites = () =>
				page.evaluate(() => (window as unknown as { rests: number[] }).rests);
			await page.evaluate(() => {
				const w = window as unknown as { rests: number[] };
				w.rests = [];
				let lastScroll = performance.now();
				addEventListener('scroll', () => (lastScroll = performance.now()), { capture: true });
				const replace = history.replaceState;
				history.replaceState = function (...args) {
					w.rests.push(performance.now() - lastScroll);
					return replace.apply(this, args);
				};
			});

			expect(await scrollThrough(page, 1)).toEqual(slugs);
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${slugs.at(-1)}`);
			const rests = await restsBeforeWrites();
			expect(rests.length).toBeGreaterThanOrEqual(1);
			for (const rest of rests) expect(rest).toBeGreaterThanOrEqual(190);

			expect(await scrollThrough(page, -1)).toEqual([...slugs].reverse());
			await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
			expect(await page.evaluate(() => history.length)).toBe(historyLength);
		});

		test('follows the trigger line: the active step is the last one whose top crossed it', async ({
			usePage
		}) => {
			const page = await open(usePage);
			for (let y = 0; y < 12000; y += 700) {
				await page.evaluate((top) => window.scrollTo(0, top), y);
				await settle(page);
				const { scrollY, height, tops } = await geometry(page);
				// The layout's trigger line (lower on a phone held upright, where cards come in over the graphic).
				const trigger = await page.evaluate(() =>
					getComputedStyle(document.documentElement).getPropertyValue('--trigger')
				);
				const line = scrollY + height * triggerFrom(trigger);
				const expected = Math.max(0, tops.filter((top) => top <= line).length - 1);
				expect(await activeStep(page)).toBe(slugs[expected]);
			}
		});

		test('keeps the graphic in view, with the step’s key figure and caption (drawn ahead, not built at the change), and the page free of horizontal scrolling at every step', async ({
			usePage
		}) => {
			const page = await open(usePage);
			// Every step's key figure is drawn ahead once the page is idle: a step change builds none.
			await expect.poll(() => page.locator('[data-figure-slot] .layer').count()).toBe(slugs.length);
			const { added } = await watchAddedNodes(page, '[data-figure-slot]');
			for (const [i, { slug, caption }] of edition.copy.steps.entries()) {
				await page.evaluate((s) => (location.hash = s), slug);
				await page.waitForSelector(`[data-graphic][data-active-step="${slug}"]`);
				await expect.poll(() => page.textContent('[data-figure-slot] .shown')).toContain(caption);
				expect(await page.locator('[data-figure-slot] .shown').count()).toBe(1);
				const layout = await page.evaluate(() => {
					const graphic = document.querySelector('[data-graphic]')!.getBoundingClientRect();
					const card = document.querySelector('[data-step].active .card')!.getBoundingClientRect();
					return {
						overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
						graphic: {
							top: graphic.top,
							bottom: graphic.bottom,
							left: graphic.left,
							width: graphic.width
						},
						card: { top: card.top, bottom: card.bottom, right: card.right },
						viewport: { width: window.innerWidth, height: window.innerHeight }
					};
				});
				expect(layout.overflow, `horizontal overflow at ${slug}`).toBeLessThanOrEqual(0);
				expect(layout.graphic.top).toBeGreaterThanOrEqual(-1);
				expect(layout.graphic.bottom).toBeLessThanOrEqual(layout.viewport.height + 1);
				expect(layout.card.top).toBeGreaterThanOrEqual(0);
				if (size === 'phone')
					// The graphic has the screen; the card comes in at the bottom, its first lines in view.
					expect(layout.card.top + 80, `card of ${slug} shows`).toBeLessThanOrEqual(
						layout.viewport.height
					);
				else
					expect(layout.card.bottom, `card of ${slug} fits on screen`).toBeLessThanOrEqual(
						layout.viewport.height
					);
				if (size === 'desktop') expect(layout.graphic.left).toBeGreaterThan(layout.card.right);
				else expect(layout.graphic.width).toBe(layout.viewport.width);
				const progress = await page.textContent('[data-graphic] [data-progress]');
				expect(progress).toContain(edition.w.page.progress(i + 1, slugs.length));
			}
			expect(await added()).toBe(0);
		});

		test('stays on the same step when the window changes width (rotation, resize)', async ({
			usePage
		}) => {
			const page = await open(usePage, '#doha');
			await page.waitForSelector('[data-graphic][data-active-step="doha"]');
			const other = size === 'phone' ? { width: 844, height: 390 } : { width: 800, height: 900 };
			await page.setViewportSize(other);
			await settle(page);
			await settle(page);
			expect(await activeStep(page)).toBe('doha');
			await page.setViewportSize(options.viewport!);
			await settle(page);
			await settle(page);
			expect(await activeStep(page)).toBe('doha');
		});
	});
});

describe('the key figures drawn ahead', () => {
	test('are left out of the layout while hidden, and the one leaving stays drawn until it has faded out', async ({
		usePage
	}) => {
		const page = await usePage({ edition: EDITIONS[0]!, size: PHONE, at: '#retrait' });
		await storyReady(page);
		await expect.poll(() => page.locator('[data-figure-slot] .layer').count()).toBe(slugs.length);
		// Each frame of the change, the leaving figure's opacity and whether it is still rendered.
		const frames = await page.evaluate(async () => {
			const leaving = document.querySelector<HTMLElement>('[data-figure-step="retrait"]')!;
			const seen: { opacity: number; rendered: boolean }[] = [];
			location.hash = 'echeance';
			for (let frame = 0; frame < 600; frame++) {
				await new Promise(requestAnimationFrame);
				const style = getComputedStyle(leaving);
				seen.push({
					opacity: Number(style.opacity),
					rendered: style.contentVisibility === 'visible'
				});
				if (!seen.at(-1)!.rendered) break;
			}
			return seen;
		});
		expect(frames.at(-1), 'the leaving figure leaves the layout').toEqual({
			opacity: 0,
			rendered: false
		});
		expect(
			frames.some((f) => f.rendered && f.opacity > 0 && f.opacity < 1),
			'it fades'
		).toBe(true);
		expect(frames.filter((f) => f.opacity > 0).every((f) => f.rendered)).toBe(true);
		const states = await page.$$eval('[data-figure-slot] .layer', (layers) =>
			layers.map((l) => [l.classList.contains('shown'), getComputedStyle(l).contentVisibility])
		);
		expect(states.filter(([, cv]) => cv === 'visible')).toEqual([[true, 'visible']]);
	});
});

describe('the parts far below the story (the sources, the embed code)', () => {
	test('are laid out ahead once the page is idle, so that no step change lays them out', async ({
		usePage
	}) => {
		const page = await usePage({ edition: EDITIONS[0]!, size: PHONE, at: '' });
		await storyReady(page);
		// Their headings are rendered while the reader is still at the top, far above them.
		const rendered = () =>
			page.$$eval('[data-far]', (parts) =>
				parts.map((part) => [
					part.getAttribute('data-far'),
					part.querySelector('h2')!.checkVisibility({ contentVisibilityAuto: true })
				])
			);
		await expect.poll(rendered).toEqual([
			['ahead', true],
			['ahead', true]
		]);
		expect(await page.evaluate(() => scrollY)).toBe(0);
	});
});
