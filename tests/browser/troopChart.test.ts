import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { DESKTOP, PHONE, LAYOUTS } from './helpers/chromium';
import { expectLegibleLabels, labelBoxes } from './helpers/labels';
import { stepAtRest, storyReady, troopsSettled } from './helpers/settled';
import { EDITIONS, settle, watchAddedNodes } from './helpers/story';
import { site, test } from './helpers/test';

/** What the chart shows once a troop step has settled. */
const expected = [
	{ slug: 'retrait', chart: 'units', marks: '100' },
	{ slug: 'echeance', chart: 'calendar', marks: '0' },
	{ slug: 'otan', chart: 'nato', marks: '384' },
	{
		slug: 'vingt-ans',
		chart: 'history',
		marks: '0',
		domain: '2001-07-01/2021-12-31',
		deadline: '2021-09-11'
	},
	{
		slug: 'doha',
		chart: 'drawdown',
		marks: '0',
		domain: '2020-01-01/2021-10-31',
		deadline: '2021-05-01'
	},
	{
		slug: 'biden',
		chart: 'deadline',
		marks: '0',
		domain: '2020-01-01/2021-10-31',
		deadline: '2021-09-11'
	}
];

const chartState = (page: Page) =>
	page.$eval('.troop-chart', (svg) => ({
		chart: svg.getAttribute('data-chart'),
		marks: svg.getAttribute('data-marks-visible'),
		domain: svg.getAttribute('data-x-domain'),
		deadline: svg.getAttribute('data-deadline')
	}));

const settledAt = troopsSettled;

/** The calendar's US grid (its empty squares) and its end's label, as laid out where shown. */
const calendarEnd = (page: Page) =>
	page.$eval('.troop-chart', (chart) => {
		const shown = [...chart.querySelectorAll('.calendar')].find((g) => {
			if (g.getClientRects().length === 0) return false;
			for (let n: Element | null = g; n && n !== chart; n = n.parentElement)
				if (Number(n.getAttribute('opacity') ?? 1) < 0.5) return false;
			return true;
		})!;
		const box = (selector: string) => {
			const r = shown.querySelector(selector)!.getBoundingClientRect();
			return { left: r.left, right: r.right };
		};
		return { grid: box('.slot'), end: box('text.end') };
	});

/** Counts layout shifts from the page's start, in `window.shifts`. */
const COUNT_SHIFTS = `window.shifts = 0;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.shifts += e.value;
	}).observe({ type: 'layout-shift', buffered: true });`;

describe.each(EDITIONS)('$lang edition', (edition) => {
	const url = site() + edition.path;

	// Each layout walks the troop steps on one page: a step's own link is deepLink.test.ts's. The
	// common phone plays each change (ten times faster: a change settles when its animations have
	// played); the others ask for reduced motion and come to rest at once.
	describe.each(LAYOUTS)('troop charts on a %s', (name, size) => {
		test('each troop step shows its chart, with legible labels that do not collide', async ({
			usePage
		}) => {
			const page = await usePage({
				edition,
				size,
				at: `#${expected[0]!.slug}`,
				reducedMotion: name === 'phone' ? 'no-preference' : 'reduce',
				animationRate: 10
			});
			for (const step of expected) {
				await page.evaluate((s) => (location.hash = s), step.slug);
				await settledAt(page, step);
				const boxes = await labelBoxes(page, '.troop-chart');
				expect(boxes.length, `#${step.slug}`).toBeGreaterThan(0);
				expectLegibleLabels(boxes, `#${step.slug}`);
				if (step.chart === 'calendar') {
					const { grid, end } = await calendarEnd(page);
					expect(
						end.left,
						`#${step.slug}: the deadline's label is on the grid or touches it`
					).toBeGreaterThanOrEqual(grid.right + 4);
				}
			}
		});
	});

	describe('troop chart transitions', () => {
		test('a jump of two steps in the middle of a transition ends in the right state, and reverses', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: DESKTOP });
			const [, , otan, history, doha, biden] = expected as [
				unknown,
				unknown,
				(typeof expected)[number],
				(typeof expected)[number],
				(typeof expected)[number],
				(typeof expected)[number]
			];
			await page.goto(`${url}#vingt-ans`);
			await settledAt(page, history);
			// From a page at rest (the link landed, nothing moving): the move below is the only one.
			await stepAtRest(page, 'vingt-ans');
			await page.evaluate(() => (location.hash = '#doha'));
			// Caught in the move (a condition, not a delay: a slow machine may draw few frames of
			// it), and sent two steps back in the same task, while the axes are still rescaling.
			const mid = (await (
				await page.waitForFunction(() => {
					const chart = document.querySelector('.troop-chart')!;
					const running = chart
						.getAnimations({ subtree: true })
						.filter((a) => a.playState === 'running').length;
					if (chart.getAttribute('data-settled') !== 'false' || running === 0) return false;
					const seen = { running, domain: chart.getAttribute('data-x-domain') };
					location.hash = '#otan';
					return seen;
				})
			).jsonValue()) as { running: number; domain: string | null };
			// It was moving: the new window set, its sheets fading in over the old ones.
			expect(mid.domain).toBe(doha.domain);
			expect(mid.running).toBeGreaterThan(0);
			await settledAt(page, otan);
			// Once every animation left over from the interrupted moves has ended, still there.
			await page.waitForFunction(() =>
				document.getAnimations().every((a) => a.playState !== 'running')
			);
			await settle(page);
			expect(await chartState(page)).toMatchObject({ chart: 'nato', marks: '384' });
			// And forward again, past the history chart, to the moved deadline.
			await page.evaluate(() => (location.hash = '#biden'));
			await settledAt(page, biden);
		});

		test('draws the other steps’ sheets ahead, out of sight: a step change adds nothing to the page', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: PHONE, at: '', animationRate: 10 });
			await page.waitForSelector('.troop-chart[data-drawn-ahead="true"]', { timeout: 15_000 });
			const sheets = () =>
				page.$$eval('.troop-chart svg[data-sheet]', (all) =>
					all.map((s) => ({
						layer: s.dataset.sheet,
						shown: getComputedStyle(s).display !== 'none'
					}))
				);
			const drawn = await sheets();
			expect(drawn.filter((s) => s.shown).map((s) => s.layer)).toEqual(['units', 'marks']);
			expect(drawn.length).toBeGreaterThan(10);
			const { added } = await watchAddedNodes(page, '.troop-chart');
			const shownAt: Record<string, string[]> = {
				'vingt-ans': ['history', 'axes', 'line', 'target'],
				biden: ['axes', 'line', 'former', 'target', 'drawdown'],
				otan: ['nato', 'marks']
			};
			for (const step of [...expected.slice(1), ...expected.slice(0, -1).reverse()]) {
				await page.evaluate((slug) => (location.hash = `#${slug}`), step.slug);
				await settledAt(page, step);
				if (shownAt[step.slug])
					expect((await sheets()).filter((s) => s.shown).map((s) => s.layer)).toEqual(
						shownAt[step.slug]
					);
			}
			expect(await added()).toBe(0);
			expect((await sheets()).length).toBe(drawn.length);
		});

		test('animates between states on the compositor, and changes them without motion under prefers-reduced-motion', async ({
			usePage
		}) => {
			const record = async (reducedMotion: 'reduce' | 'no-preference') => {
				const page = await usePage({ edition, size: DESKTOP, reducedMotion, at: '#doha' });
				await settledAt(page, expected[4]!);
				await settle(page);
				const seen = await page.evaluate(async () => {
					const chart = document.querySelector('.troop-chart')!;
					let changes = 0;
					new MutationObserver((records) => (changes += records.length)).observe(chart, {
						subtree: true,
						attributes: true,
						childList: true,
						characterData: true
					});
					const frames: { running: number; changed: boolean }[] = [];
					const animated = new Set<string>();
					let longest = 0;
					location.hash = '#vingt-ans';
					// Every frame until the history chart has settled.
					for (let frame = 0; frame < 600; frame++) {
						if (
							chart.getAttribute('data-chart') === 'history' &&
							chart.getAttribute('data-settled') === 'true'
						)
							break;
						const before = changes;
						await new Promise(requestAnimationFrame);
						const running = chart.getAnimations({ subtree: true });
						for (const a of running)
							longest = Math.max(longest, Number(a.effect!.getComputedTiming().duration) || 0);
						for (const a of running)
							for (const frame of (a.effect as KeyframeEffect).getKeyframes())
								for (const key of Object.keys(frame))
									if (!['offset', 'computedOffset', 'easing', 'composite'].includes(key))
										animated.add(key);
						frames.push({ running: running.length, changed: changes > before });
					}
					return { frames, animated: [...animated].sort(), longest };
				});
				await settledAt(page, expected[3]!);
				return seen;
			};
			const moving = await record('no-preference');
			const playing = moving.frames.filter((f) => f.running > 0);
			// A move, not a jump: it lasts, and plays over several frames (how many depends on the
			// machine's load; its length does not).
			expect(moving.longest).toBeGreaterThanOrEqual(300);
			expect(playing.length).toBeGreaterThan(2);
			// Only what the compositor can run, and no DOM change on the frames of the move.
			expect(moving.animated).toEqual(['opacity']);
			expect(playing.filter((f) => f.changed).length).toBeLessThanOrEqual(1);
			const still = await record('reduce');
			expect(still.frames.every((f) => f.running === 0)).toBe(true);
		});

		test('paints the first troop state from the prerendered HTML, without layout shift', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: PHONE, init: COUNT_SHIFTS, at: '' });
			await storyReady(page);
			// Through hydration, the chart's first drawing and the web fonts' swap (four faces).
			await page.waitForSelector('.troop-chart[data-settled="true"]');
			await page.waitForFunction(
				() =>
					[...document.fonts].filter((f) => !f.family.includes('fallback') && f.status === 'loaded')
						.length === 4
			);
			await settle(page);
			expect(
				await page.evaluate(() => (window as unknown as { shifts: number }).shifts)
			).toBeLessThan(0.01);
			const staticPage = await usePage({ edition, size: PHONE, javaScript: false, at: '' });
			expect(await staticPage.getAttribute('.troop-chart', 'data-chart')).toBe('units');
			expect(await staticPage.getAttribute('.troop-chart path.us', 'data-marks')).toBe('100');
		});

		test('offers the cleaned data of the charts and maps as the shared CSV files', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: DESKTOP, at: '' });
			const links = await page.$$eval('a[href$=".csv"]', (as) =>
				as.map((a) => (a as HTMLAnchorElement).href)
			);
			// Every edition offers the same files, shared at the site's root.
			expect(links).toEqual(
				[
					'effectifs-americains.csv',
					'chronologie.csv',
					'otan-resolute-support.csv',
					'provinces.csv',
					'lieux.csv'
				].map((file) => `${site()}donnees/${file}`)
			);
			for (const link of links) {
				const res = await page.request.get(link);
				expect(res.status()).toBe(200);
				expect(res.headers()['content-type']).toMatch(/csv/);
				expect((await res.text()).split('\n')[0]).toMatch(/source(_url)?$/);
			}
		});
	});
});
