import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { landingFor } from '../../src/lib/engine/activeStep';
import { PHONE } from './helpers/chromium';
import { fontsSwitched, stepAtRest } from './helpers/settled';
import { settle, slugs } from './helpers/story';
import { site, test } from './helpers/test';

/** Phones upright, a small phone, a phone sideways, a tablet upright, desktops. */
const VIEWPORTS: [string, BrowserContextOptions][] = [
	['390x844', { ...PHONE }],
	['360x740', { ...PHONE, viewport: { width: 360, height: 740 } }],
	['320x640', { ...PHONE, viewport: { width: 320, height: 640 } }],
	['844x390', { ...PHONE, viewport: { width: 844, height: 390 } }],
	['820x1180', { ...PHONE, viewport: { width: 820, height: 1180 } }],
	['1280x720', { viewport: { width: 1280, height: 720 } }],
	['1440x900', { viewport: { width: 1440, height: 900 } }]
];

/** The provinces each map framing must show whole ('all': the country). */
const FOCUS: Record<string, string[] | 'all'> = {
	afghanistan: 'all',
	helmand: ['AF-HEL'],
	kabul: ['AF-KAB', 'AF-KAP', 'AF-LOG']
};

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Opens a step as a link to it does (its card's top just past the trigger line); waits for its chart. */
async function openStep(page: Page, slug: string): Promise<void> {
	await page.evaluate((slug) => (location.hash = slug), slug);
	await stepAtRest(page, slug);
}

/** What the step's chart shows that matters: the highlighted provinces and names, or every drawn mark. */
function keyMarks(page: Page): Promise<(Box & { what: string })[]> {
	return page.evaluate(() => {
		const frame = document.querySelector('[data-chart-box]')!.getBoundingClientRect();
		// What is seen of a mark: its box inside the chart's box and inside its own SVG, which
		// clips it (a troop line is drawn whole, and shown through its sheet's window).
		const box = (el: Element, what: string) => {
			const r = el.getBoundingClientRect();
			const svg = el.closest('svg');
			const clip =
				svg && getComputedStyle(svg).overflow !== 'visible' ? svg.getBoundingClientRect() : frame;
			return {
				left: Math.max(r.left, clip.left, frame.left),
				top: Math.max(r.top, clip.top, frame.top),
				right: Math.min(r.right, clip.right, frame.right),
				bottom: Math.min(r.bottom, clip.bottom, frame.bottom),
				what
			};
		};
		const seen = (el: Element) => {
			if (el.getClientRects().length === 0) return false;
			for (let n: Element | null = el; n; n = n.parentElement)
				if (Number(getComputedStyle(n).opacity) < 0.5) return false;
			return true;
		};
		const inFrame = (b: { left: number; top: number; right: number; bottom: number }) =>
			b.bottom > b.top && b.right > b.left;
		if (document.querySelector('[data-graphic]')!.getAttribute('data-view') === 'map') {
			const highlights = [...document.querySelectorAll('[data-map] [data-highlight]')]
				.filter(seen)
				.map((p) => box(p, `province ${p.getAttribute('data-province')}`));
			const names = [...document.querySelectorAll('svg.map text')]
				.filter(seen)
				.filter((t) => t.textContent?.trim())
				.map((t) => box(t, `name « ${t.textContent} »`));
			return [...highlights, ...names].filter(inFrame);
		}
		return [...document.querySelectorAll('.chart.shown .troop-chart svg *')]
			.filter((el) => ['text', 'path', 'circle', 'line', 'rect'].includes(el.localName))
			.filter(seen)
			.map((el) =>
				box(el, `${el.localName}.${el.getAttribute('class')} « ${el.textContent ?? ''} »`)
			)
			.filter(inFrame);
	});
}

const cardBoxes = (page: Page): Promise<Box[]> =>
	page.$$eval('[data-step] .card', (cards) =>
		cards.map((c) => {
			const r = c.getBoundingClientRect();
			return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		})
	);

/** Where a step's card stands in the viewport, px. */
const cardTopOf = (page: Page, slug: string): Promise<number> =>
	page.$eval(`#${slug} .card`, (c) => Math.round(c.getBoundingClientRect().top));

const boxText = (b: Box) =>
	`${Math.round(b.left)}-${Math.round(b.right)} × ${Math.round(b.top)}-${Math.round(b.bottom)}`;

const overlap = (a: Box, b: Box) =>
	Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
	Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

describe.each(VIEWPORTS)('layout at %s', (name, size) => {
	test('keeps the chart box one size at every step, with its key marks clear of the cards when the step becomes active and each map focus whole', async ({
		usePage
	}) => {
		const page = await usePage({ at: '', size, reducedMotion: 'reduce' });
		await page.waitForSelector('html[data-story-ready]');
		// Where the cards stand with the fonts they keep (a part switched moves them for a frame).
		await fontsSwitched(page);
		const boxes = new Set<string>();
		for (const slug of slugs) {
			await openStep(page, slug);
			const box = await page.$eval('[data-chart-box]', (el) => {
				const r = el.getBoundingClientRect();
				return `${Math.round(r.width)}x${Math.round(r.height)}`;
			});
			boxes.add(box);

			const cards = await cardBoxes(page);
			for (const mark of await keyMarks(page))
				for (const card of cards)
					expect(
						overlap(mark, card),
						`${name}, ${slug}: ${mark.what} (${boxText(mark)}) lies under a card (${boxText(card)})`
					).toBe(false);

			// The head's figure and the legends keep to their slots (nothing cut off).
			const spill = await page.evaluate(() =>
				[...document.querySelectorAll('[data-figure-slot], [data-graphic] .legends')]
					.filter((el) => el.scrollHeight > el.clientHeight + 1)
					.map((el) => el.className.split(' ')[0])
			);
			expect(spill, `${name}, ${slug}: text spills out of its slot`).toEqual([]);

			const focus = await page.getAttribute('svg.map', 'data-focus').catch(() => null);
			if ((await page.getAttribute('[data-graphic]', 'data-view')) !== 'map' || !focus) continue;
			const fit = FOCUS[focus]!;
			const outside = await page.evaluate((fit) => {
				const frame = document.querySelector('[data-map]')!.getBoundingClientRect();
				const provinces = [...document.querySelectorAll('[data-map] [data-province]')].filter(
					(p) => fit === 'all' || fit.includes(p.getAttribute('data-province')!)
				);
				return provinces
					.filter((p) => {
						const r = p.getBoundingClientRect();
						return (
							r.left < frame.left - 1 ||
							r.right > frame.right + 1 ||
							r.top < frame.top - 1 ||
							r.bottom > frame.bottom + 1
						);
					})
					.map((p) => p.getAttribute('data-province'));
			}, fit);
			expect(outside, `${name}, ${slug}: provinces cut off by the map's frame`).toEqual([]);
		}
		expect([...boxes], `${name}: the chart box changed size between steps`).toHaveLength(1);
	});
});

describe('layout on phones', () => {
	test.for([
		['320 px wide', { ...PHONE, viewport: { width: 320, height: 640 } }, '100%'],
		['390 px wide, root font at 200 %', PHONE, '200%'],
		[
			'844 px sideways, root font at 200 %',
			{ ...PHONE, viewport: { width: 844, height: 390 } },
			'200%'
		]
	] as [string, BrowserContextOptions, string][])(
		'never scrolls sideways (%s)',
		async ([, size, rootFont], { usePage }) => {
			const page = await usePage({
				size,
				init: `document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '${rootFont}'; });`
			});
			for (const slug of ['retrait', 'vingt-ans', 'six-provinces']) {
				await page.goto(`${site()}#${slug}`);
				await page.waitForSelector(
					`[data-graphic][data-active-step="${slug}"][data-charted="true"]`
				);
				const { scrollWidth, width } = await page.evaluate(() => ({
					scrollWidth: document.scrollingElement!.scrollWidth,
					width: innerWidth
				}));
				expect(scrollWidth, `${slug}: the page is wider than the screen`).toBeLessThanOrEqual(
					width
				);
			}
		}
	);

	test('holds a step opened by a link at its landing while the page reflows above it (web fonts swapping in), until the reader scrolls', async ({
		usePage
	}) => {
		const page = await usePage({ at: '#vingt-ans' });
		await page.waitForSelector('[data-graphic][data-active-step="vingt-ans"][data-charted="true"]');
		const cardTop = () => cardTopOf(page, 'vingt-ans');
		const landed = await cardTop();
		// As the web fonts do: the text above grows, the card before this one too, in one task.
		const grow = () =>
			page.evaluate(() => {
				for (const [parent, where] of [
					['main', 'prepend'],
					['#otan .card', 'append']
				] as const) {
					const extra = document.createElement('div');
					extra.style.height = '60px';
					document.querySelector(parent)![where](extra);
				}
			});
		// With the browser's scroll anchoring on, as readers have it: its adjustment must not read
		// as the reader scrolling away.
		await grow();
		await expect.poll(cardTop).toBe(landed);
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
		// Once the reader has scrolled, the page is theirs: a reflow no longer moves it. (Anchoring
		// off here, so that what is tested is that the story leaves the page alone.)
		await page.evaluate(() => window.scrollBy(0, 40));
		await expect.poll(cardTop).toBe(landed - 40);
		await page.evaluate(() => (document.documentElement.style.overflowAnchor = 'none'));
		await grow();
		await settle(page);
		await settle(page);
		expect(await cardTop()).toBe(landed + 80);
	});

	test('lands a link on its step after a reflow that moved the steps but not the page’s height (one card grown as another shrank)', async ({
		usePage
	}) => {
		const page = await usePage({ at: '', reducedMotion: 'reduce' });
		await page.waitForSelector('html[data-story-ready]');
		await fontsSwitched(page);
		const extraIn = (card: string) =>
			page.evaluate((card) => {
				const extra = document.querySelector('[data-extra]') ?? document.createElement('div');
				extra.setAttribute('data-extra', '');
				(extra as HTMLElement).style.height = '60px';
				document.querySelector(card)!.append(extra);
			}, card);
		// 60 px in a card below the step, then, in one task, in a card above it instead.
		await extraIn('#kaboul .card');
		await settle(page);
		await extraIn('#otan .card');
		await settle(page);
		await openStep(page, 'doha');
		const { top, trigger, height } = await page.$eval('#doha .card', (card) => ({
			top: card.getBoundingClientRect().top,
			trigger: Number(getComputedStyle(card).getPropertyValue('--trigger')),
			height: innerHeight
		}));
		const landing = height * landingFor(trigger);
		expect(
			Math.abs(top - landing),
			`the card at ${top} px, its landing at ${landing} px`
		).toBeLessThan(1.5);
	});

	test('lands a link to a step followed before the web fonts arrive on that step, once they have reflowed the page', async ({
		usePage
	}) => {
		const page = await usePage({
			fresh: true,
			init: `document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '200%'; });`
		});
		let release = () => {};
		const fontsHeld = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/*.woff2', async (route) => {
			await fontsHeld;
			await route.continue();
		});
		await page.goto(`${site()}#retrait`);
		await page.waitForSelector('html[data-story-ready]');
		// A link within the page: the browser scrolls to the card, the story to its landing.
		await page.goto(`${site()}#vingt-ans`);
		await page.waitForSelector('[data-graphic][data-active-step="vingt-ans"]');
		const cardTop = () => cardTopOf(page, 'vingt-ans');
		const landed = await cardTop();
		release();
		await fontsSwitched(page);
		await settle(page);
		await settle(page);
		expect(await cardTop()).toBe(landed);
		expect(await page.$eval('[data-graphic]', (g) => (g as HTMLElement).dataset.activeStep)).toBe(
			'vingt-ans'
		);
	});

	test('moves nothing under reduced motion', async ({ usePage }) => {
		const page = await usePage({ at: '#retrait', reducedMotion: 'reduce' });
		await page.waitForSelector('html[data-story-ready]');
		for (const slug of ['otan', 'vingt-ans', 'afghanistan', 'helmand', 'six-provinces', 'kaboul']) {
			await openStep(page, slug);
			const running = await page.evaluate(
				() => document.getAnimations().filter((a) => a.playState === 'running').length
			);
			expect(running, `${slug}: something moves`).toBe(0);
		}
	});

	test('becomes active as its card comes in at the bottom: the trigger line is lower upright than sideways', async ({
		usePage
	}) => {
		const triggers: Record<string, number> = {};
		for (const [size, viewport] of [
			['upright', { width: 390, height: 844 }],
			['sideways', { width: 844, height: 390 }],
			['desktop', { width: 1440, height: 900 }]
		] as const) {
			const page = await usePage({ at: '', size: { ...PHONE, viewport } });
			triggers[size] = await page.evaluate(() =>
				Number(getComputedStyle(document.documentElement).getPropertyValue('--trigger'))
			);
		}
		expect(triggers).toEqual({ upright: 0.8, sideways: 0.6, desktop: 0.6 });
	});
});
