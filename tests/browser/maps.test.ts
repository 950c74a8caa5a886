import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { DESKTOP, PHONE, LAYOUTS } from './helpers/chromium';
import { expectLegibleLabels, labelBoxes } from './helpers/labels';
import { mapSettled } from './helpers/settled';
import { EDITIONS, placeName, provinceName, slugs, watchAddedNodes } from './helpers/story';
import { storyStates } from '$lib/story/steps';
import type { MapState } from '$lib/story/types';
import { setAnimationRate, site, test } from './helpers/test';

/** What each map step says, as readers' tools can read it off the page. */
const expected = [
	{ slug: 'afghanistan', focus: 'afghanistan', zoomed: false, highlights: {}, legend: [] },
	{
		slug: 'helmand',
		focus: 'helmand',
		zoomed: true,
		highlights: { 'AF-HEL': 'front' },
		legend: ['front', 'checkpoints']
	},
	{
		slug: 'riposte',
		focus: 'helmand',
		zoomed: true,
		highlights: { 'AF-HEL': 'front' },
		legend: ['front', 'checkpoints', 'response']
	},
	{
		slug: 'six-provinces',
		focus: 'afghanistan',
		zoomed: false,
		highlights: {
			'AF-HEL': 'front',
			'AF-GHA': 'named',
			'AF-KAN': 'named',
			'AF-ZAB': 'reported',
			'AF-FRA': 'reported',
			'AF-BGL': 'reported'
		},
		legend: ['front', 'named', 'reported', 'unnamed']
	},
	{ slug: 'kaboul', focus: 'kabul', zoomed: true, highlights: {}, legend: [] },
	{ slug: 'violences', focus: 'afghanistan', zoomed: false, highlights: {}, legend: ['noCount'] }
] as const;
type Expected = (typeof expected)[number];

const mapState = (page: Page) =>
	page.evaluate(() => {
		const svg = document.querySelector('svg.map');
		return {
			focus: svg?.getAttribute('data-focus'),
			zoom: Number(svg?.getAttribute('data-zoom')),
			provinces: document.querySelectorAll('[data-map] [data-province]').length,
			highlights: Object.fromEntries(
				[...document.querySelectorAll('[data-map] [data-highlight]')].map((p) => [
					p.getAttribute('data-province'),
					p.getAttribute('data-highlight')
				])
			),
			legend: [...document.querySelectorAll('[data-legend]')].map((l) =>
				l.getAttribute('data-legend')
			),
			ring: document.querySelectorAll('svg.map [data-annotation="checkpoints"]').length,
			inset: document.querySelectorAll('svg.map [data-inset]').length
		};
	});

/**
 * How far the ringed town's name keeps from the checkpoint ring's halo, px: from the ring's
 * centre to the nearest point of the name's box, less the ring's radius and its halo (3 px).
 */
const ringClearance = (page: Page) =>
	page.evaluate(() => {
		const centre = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { x: r.x + r.width / 2, y: r.y + r.height / 2, radius: r.width / 2 };
		};
		const ring = centre(document.querySelector('svg.map [data-annotation="checkpoints"] circle')!);
		// The ringed town: the one whose dot is the ring's centre.
		const [town] = [...document.querySelectorAll('svg.map [data-place]')].sort((a, b) => {
			const [da, db] = [a, b].map((g) => centre(g.querySelector('.dot')!));
			return (
				Math.hypot(da!.x - ring.x, da!.y - ring.y) - Math.hypot(db!.x - ring.x, db!.y - ring.y)
			);
		});
		const t = town!.querySelector('text')!.getBoundingClientRect();
		const dx = Math.max(t.left - ring.x, 0, ring.x - t.right);
		const dy = Math.max(t.top - ring.y, 0, ring.y - t.bottom);
		return Math.hypot(dx, dy) - ring.radius - 3;
	});

/** Waits until the map shows a step's focus and has stopped moving; returns the zoom. */
async function settledAt(page: Page, step: Expected): Promise<number> {
	await mapSettled(page, step);
	return (await mapState(page)).zoom;
}

describe.each(EDITIONS)('$lang edition', (edition) => {
	const url = site() + edition.path;

	// Each layout walks the map steps on one page: a step's own link is deepLink.test.ts's.
	describe.each(LAYOUTS)('maps on a %s', (_name, size) => {
		test('each map step highlights its provinces at its zoom, with legible labels', async ({
			usePage
		}) => {
			const page = await usePage({
				edition,
				size,
				at: `#${expected[0].slug}`,
				animationRate: 10
			});
			for (const step of expected) {
				const at = `#${step.slug}`;
				await page.evaluate((s) => (location.hash = s), step.slug);
				const zoom = await settledAt(page, step);
				const state = await mapState(page);
				expect(state.provinces, at).toBe(34);
				expect(state.highlights, at).toEqual(step.highlights);
				expect(state.legend, at).toEqual(step.legend);
				expect(state.ring, at).toBe(step.legend.includes('checkpoints' as never) ? 1 : 0);
				if (step.zoomed) {
					expect(zoom, at).toBeGreaterThan(1.5);
					expect(state.inset, at).toBe(1);
				} else {
					expect(zoom, at).toBe(1);
					expect(state.inset, at).toBe(0);
				}
				if (step.slug === 'six-provinces') {
					await expect
						.poll(() => page.textContent('[data-legend="unnamed"]'))
						.toContain(edition.w.map.unnamed(4));
				}
				const boxes = await labelBoxes(page, 'svg.map');
				expect(boxes.map((b) => b.text)).toContain(
					placeName(edition, step.focus === 'helmand' ? 'Lashkar Gah' : 'Kabul')
				);
				// The provinces the step names at every zoom (the dotted ones), at every layout.
				const named = (storyStates.find((s) => s.slug === step.slug)!.state as MapState)
					.provincesNamed;
				for (const iso of named ?? [])
					expect(
						boxes.map((b) => b.text),
						at
					).toContain(provinceName(edition, iso));
				expectLegibleLabels(boxes, at);
				if (state.ring) expect(await ringClearance(page), at).toBeGreaterThanOrEqual(5);
			}
		});
	});

	describe('map transitions', () => {
		test('scrolling down and back through the map steps lands on each step’s map, even when cut short', async ({
			usePage
		}) => {
			// Where each move ends is what the walk reads: the moves play ten times faster.
			const page = await usePage({ edition, size: PHONE, at: '#afghanistan', animationRate: 10 });
			const zooms = new Map<string, number>();
			for (const step of [...expected, ...[...expected].reverse()]) {
				await page.evaluate(
					(slug) => document.getElementById(slug)?.scrollIntoView({ block: 'center' }),
					step.slug
				);
				const zoom = await settledAt(page, step);
				const state = await mapState(page);
				expect(state.highlights).toEqual(step.highlights);
				if (zooms.has(step.slug)) expect(zoom).toBeCloseTo(zooms.get(step.slug)!, 2);
				zooms.set(step.slug, zoom);
			}
			// Three steps in quick succession, at real speed: each interrupts the last, mid-move; the
			// map ends on the third.
			await setAnimationRate(page, 1);
			for (const slug of ['helmand', 'six-provinces', 'kaboul']) {
				await page.evaluate(
					(s) => document.getElementById(s)?.scrollIntoView({ block: 'center' }),
					slug
				);
				await page.waitForSelector(`[data-graphic][data-active-step="${slug}"]`);
				if (slug !== 'kaboul')
					await page.waitForFunction(
						() =>
							document.querySelector('[data-map] .zoom-layer')?.getAnimations().length ||
							document.querySelector('svg.map[data-settled="false"]')
					);
			}
			const kaboul = expected.find((s) => s.slug === 'kaboul')!;
			expect(await settledAt(page, kaboul)).toBeCloseTo(zooms.get('kaboul')!, 2);
			expect((await mapState(page)).highlights).toEqual({});
		});

		test('moves on the compositor: one Web Animation of the layer’s transform, no DOM change on the frames between', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: PHONE, at: '#afghanistan' });
			await settledAt(page, expected[0]);
			const frames = await page.evaluate(async () => {
				const map = document.querySelector<HTMLElement>('[data-map]')!;
				const layer = map.querySelector<HTMLElement>('.zoom-layer')!;
				let changes = 0;
				new MutationObserver((records) => (changes += records.length)).observe(map, {
					subtree: true,
					attributes: true,
					childList: true,
					characterData: true
				});
				const seen: { shown: string; animations: number; changed: boolean; names: string }[] = [];
				document.getElementById('helmand')?.scrollIntoView({ block: 'center' });
				// Every frame until the map rests on Helmand, and a few more.
				const atRest = () =>
					map.querySelector('svg.map[data-focus="helmand"][data-settled="true"]') &&
					layer.getAnimations().length === 0;
				for (let frame = 0, after = 0; frame < 900 && after < 5; frame++) {
					if (atRest()) after++;
					const before = changes;
					await new Promise(requestAnimationFrame);
					seen.push({
						shown: getComputedStyle(layer).transform,
						animations: layer.getAnimations().length,
						changed: changes > before,
						names: getComputedStyle(map.querySelector('.map-names')!).opacity
					});
				}
				return seen;
			});
			const moving = frames.filter((f) => f.animations > 0);
			// The layer is seen at many places along the way, by one animation...
			expect(moving.length).toBeGreaterThan(10);
			expect(new Set(moving.map((f) => f.shown)).size).toBeGreaterThan(10);
			expect(Math.max(...moving.map((f) => f.animations))).toBe(1);
			// ...while the page's DOM is changed only as the move starts and ends.
			expect(moving.filter((f) => f.changed).length).toBeLessThanOrEqual(2);
			// The names are hidden on the way and back at the end.
			expect(moving.some((f) => f.names === '0')).toBe(true);
			expect(frames.at(-1)).toMatchObject({ animations: 0, names: '1', shown: 'none' });
		});

		test('draws the other steps’ names ahead, out of sight, and keeps each step’s for its return', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: PHONE, at: '#afghanistan', animationRate: 10 });
			await settledAt(page, expected[0]);
			await page.waitForSelector('.map-names[data-drawn-ahead="true"]', {
				state: 'attached',
				timeout: 15_000
			});
			const overlays = () =>
				page.$$eval('.map-names > svg', (all) =>
					all.map((svg) => getComputedStyle(svg).display !== 'none')
				);
			// One per distinct view, towns and marks (four for six steps), only the step's shown.
			expect(await overlays()).toEqual([true, false, false, false]);
			const { added, reset } = await watchAddedNodes(page, '.map-names');
			const visit = async (step: Expected) => {
				await page.evaluate((slug) => (location.hash = `#${slug}`), step.slug);
				await settledAt(page, step);
			};
			// Kabul's frame is as tall as the country's (neither has a legend): drawn ahead.
			await visit(expected.find((s) => s.slug === 'kaboul')!);
			expect(await added()).toBe(0);
			for (const step of expected) await visit(step);
			await reset();
			for (const step of [...expected].reverse()) await visit(step);
			expect(await added()).toBe(0);
			expect((await overlays()).filter(Boolean)).toHaveLength(1);
		});

		test('keeps the hidden troop chart at its size while a map step’s legend shortens the map', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: PHONE, at: '#biden' });
			await page.waitForSelector('[data-graphic][data-atlas="loaded"]');
			const troopSize = () =>
				page.$eval('.troop-chart svg', (svg) => [
					svg.getAttribute('width'),
					svg.getAttribute('height')
				]);
			const before = await troopSize();
			await page.evaluate(() => (location.hash = 'six-provinces'));
			const six = expected.find((s) => s.slug === 'six-provinces')!;
			await settledAt(page, six);
			const mapHeight = await page.$eval('svg.map', (svg) => Number(svg.getAttribute('height')));
			expect(mapHeight).toBeLessThan(Number(before[1]));
			expect(await troopSize()).toEqual(before);
		});

		test('under reduced motion the map changes zoom without moving through the zooms between', async ({
			usePage
		}) => {
			const page = await usePage({
				edition,
				size: DESKTOP,
				reducedMotion: 'reduce',
				at: '#afghanistan'
			});
			await settledAt(page, expected[0]);
			const seen = await page.evaluate(async () => {
				const layer = document.querySelector<HTMLElement>('[data-map] .zoom-layer')!;
				const shown = new Set<string>();
				let animations = 0;
				document.getElementById('helmand')?.scrollIntoView({ block: 'center' });
				// Every frame until the map rests on Helmand, and a few more.
				const atRest = () =>
					document.querySelector('svg.map[data-focus="helmand"][data-settled="true"]');
				for (let frame = 0, after = 0; frame < 900 && after < 5; frame++) {
					if (atRest()) after++;
					shown.add(getComputedStyle(layer).transform);
					animations += document
						.querySelector('[data-map]')!
						.getAnimations({ subtree: true }).length;
					await new Promise(requestAnimationFrame);
				}
				return { shown: [...shown], animations };
			});
			expect(seen.animations).toBe(0);
			expect(seen.shown.length).toBeLessThanOrEqual(2);
			expect(await settledAt(page, expected[1])).toBeGreaterThan(1.5);
		});
	});

	describe('map data loading', () => {
		test('comes after the first screen, as its own file, and is ready before the reader reaches the maps', async ({
			usePage
		}) => {
			const page = await usePage({ edition, size: PHONE, fresh: true });
			const atlasRequests: string[] = [];
			page.on('response', async (res) => {
				// The data's module: the plate's path data (`M5331,2484l7,37l…`).
				if (res.url().endsWith('.js') && /M-?\d+,-?\d+l-?\d+,-?\d+l/.test(await res.text()))
					atlasRequests.push(res.url());
			});
			await page.goto(url);
			await page.waitForSelector('[data-graphic][data-atlas="loaded"]', { timeout: 10_000 });
			expect(await page.getAttribute('[data-graphic]', 'data-active-step')).toBe(slugs[0]);
			expect(atlasRequests).toHaveLength(1);
			const timing = await page.evaluate((name) => {
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				const entry = performance.getEntriesByName(name)[0]!;
				return { loaded: nav.loadEventStart, requested: entry.startTime };
			}, atlasRequests[0]!);
			expect(timing.requested).toBeGreaterThanOrEqual(timing.loaded);
			const html = await (await fetch(url)).text();
			expect(html).not.toContain(new URL(atlasRequests[0]!).pathname.split('/').at(-1));
			// Built hidden once the page is idle, in the first map step's state: that step, reached
			// mid-scroll, then builds nothing (it would be a long task).
			const first = expected[0]!;
			const map = await page.waitForSelector('svg.map', { state: 'attached', timeout: 10_000 });
			expect(await page.getAttribute('[data-graphic]', 'data-view')).toBe('troops');
			expect(await map.isVisible()).toBe(false);
			expect(await map.getAttribute('data-focus')).toBe(first.focus);
			// Its names come in an idle task of their own, still before the step.
			const name = await page.waitForSelector('svg.map [data-label="place"]', {
				state: 'attached',
				timeout: 10_000
			});
			expect(await page.getAttribute('[data-graphic]', 'data-view')).toBe('troops');
			await map.evaluate((el) => el.setAttribute('data-built-before', ''));
			await name.evaluate((el) => el.setAttribute('data-built-before', ''));
			await page.evaluate((slug) => (location.hash = slug), first.slug);
			await page.waitForSelector(`[data-graphic][data-active-step="${first.slug}"]`);
			await page.waitForSelector('svg.map[data-built-before]', { state: 'visible' });
			await page.waitForSelector('svg.map [data-label="place"][data-built-before]', {
				state: 'visible'
			});
		});
	});
});
