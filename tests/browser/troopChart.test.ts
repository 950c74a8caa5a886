import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
	DESKTOP,
	PHONE,
	watchProblems,
	useChromium,
	LAYOUTS,
	useContext
} from './helpers/chromium';
import { expectLegibleLabels, labelBoxes } from './helpers/labels';
import { EDITIONS, settle } from './helpers/story';

const site = inject('siteUrl');
const browser = useChromium();

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
	page.$eval('svg.troop-chart', (svg) => ({
		chart: svg.getAttribute('data-chart'),
		marks: svg.getAttribute('data-marks-visible'),
		domain: svg.getAttribute('data-x-domain'),
		deadline: svg.getAttribute('data-deadline')
	}));

/** Waits until the chart has reached a step's final state. */
async function settledAt(page: Page, step: (typeof expected)[number]) {
	await page.waitForFunction(
		(s) => {
			const svg = document.querySelector('svg.troop-chart');
			return (
				svg?.getAttribute('data-chart') === s.chart &&
				svg.getAttribute('data-marks-visible') === s.marks &&
				(!s.domain || svg.getAttribute('data-x-domain') === s.domain) &&
				(!s.deadline || svg.getAttribute('data-deadline') === s.deadline)
			);
		},
		step,
		{ timeout: 5000 }
	);
}

describe.each(EDITIONS)('$lang edition', (edition) => {
	const url = site + edition.path;

	describe.each(LAYOUTS)('troop charts on a %s', (_name, options) => {
		const context = useContext(browser, options);

		it.each(expected)(
			'#$slug shows the $chart chart, with legible labels that do not collide',
			async (step) => {
				const page = await context().newPage();
				const problems = watchProblems(page, new URL(site).origin);
				await page.goto(`${url}#${step.slug}`);
				await settledAt(page, step);
				const boxes = await labelBoxes(page, 'svg.troop-chart');
				expect(boxes.length).toBeGreaterThan(0);
				expectLegibleLabels(boxes);
				expect(problems.errors).toEqual([]);
				await page.close();
			}
		);
	});

	describe('troop chart transitions', () => {
		it('a jump of two steps in the middle of a transition ends in the right state, and reverses', async () => {
			const context = await browser().newContext(DESKTOP);
			const page = await context.newPage();
			const problems = watchProblems(page, new URL(site).origin);
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
			await page.evaluate(() => (location.hash = '#doha'));
			await page.waitForTimeout(250);
			const mid = await chartState(page);
			expect([history.domain, doha.domain]).not.toContain(mid.domain); // still moving
			// Two steps back while the axes are still rescaling.
			await page.evaluate(() => (location.hash = '#otan'));
			await settledAt(page, otan);
			await page.waitForTimeout(900);
			expect(await chartState(page)).toMatchObject({ chart: 'nato', marks: '384' });
			// And forward again, past the history chart, to the moved deadline.
			await page.evaluate(() => (location.hash = '#biden'));
			await settledAt(page, biden);
			expect(problems.errors).toEqual([]);
			await context.close();
		});

		it('animates between states, and changes them without motion under prefers-reduced-motion', async () => {
			const record = async (reducedMotion: 'reduce' | 'no-preference') => {
				const context = await browser().newContext({ ...DESKTOP, reducedMotion });
				const page = await context.newPage();
				await page.goto(`${url}#doha`);
				await settledAt(page, expected[4]!);
				await settle(page);
				await page.evaluate(() => {
					const seen: string[] = [];
					(window as unknown as { domains: string[] }).domains = seen;
					const svg = document.querySelector('svg.troop-chart')!;
					new MutationObserver(() => seen.push(svg.getAttribute('data-x-domain')!)).observe(svg, {
						attributes: true,
						attributeFilter: ['data-x-domain']
					});
					location.hash = '#vingt-ans';
				});
				await settledAt(page, expected[3]!);
				await page.waitForTimeout(300);
				const domains = await page.evaluate(
					() => (window as unknown as { domains: string[] }).domains
				);
				await context.close();
				return new Set(domains);
			};
			const moving = await record('no-preference');
			expect(moving.size).toBeGreaterThan(3);
			const still = await record('reduce');
			expect([...still]).toEqual([expected[3]!.domain]);
		});

		it('paints the first troop state from the prerendered HTML, without layout shift', async () => {
			const context = await browser().newContext(PHONE);
			const page = await context.newPage();
			await page.goto(url);
			await page.waitForFunction(() => document.documentElement.dataset.storyReady === 'true');
			await page.waitForTimeout(500);
			const shift = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						let total = 0;
						new PerformanceObserver((list) => {
							for (const e of list.getEntries()) total += (e as unknown as { value: number }).value;
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve(total), 100);
					})
			);
			expect(shift).toBeLessThan(0.01);
			await context.close();
			const noJs = await browser().newContext({ ...PHONE, javaScriptEnabled: false });
			const staticPage = await noJs.newPage();
			await staticPage.goto(url);
			expect(await staticPage.getAttribute('svg.troop-chart', 'data-chart')).toBe('units');
			expect(await staticPage.getAttribute('svg.troop-chart path.us', 'data-marks')).toBe('100');
			await noJs.close();
		});

		it('offers the cleaned data of the charts and maps as the shared CSV files', async () => {
			const context = await browser().newContext(DESKTOP);
			const page = await context.newPage();
			await page.goto(url);
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
				].map((file) => `${site}donnees/${file}`)
			);
			for (const link of links) {
				const res = await page.request.get(link);
				expect(res.status()).toBe(200);
				expect(res.headers()['content-type']).toMatch(/csv/);
				expect((await res.text()).split('\n')[0]).toMatch(/source(_url)?$/);
			}
			await context.close();
		});
	});
});
