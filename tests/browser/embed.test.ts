import { copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { DESKTOP, PHONE } from './helpers/chromium';
import { serveStatic } from './helpers/serve';
import { storyReady } from './helpers/settled';
import {
	EDITIONS,
	scrollStride,
	scrollThrough,
	settle,
	slugs,
	type Edition
} from './helpers/story';
import { site as siteUrl, test, type PageOptions } from './helpers/test';

const site = siteUrl();
let host: { server: Server; url: string };
let foreign: { server: Server; url: string };

beforeAll(async () => {
	// The host pages and a foreign page, each on its own origin (another port).
	const dir = mkdtempSync(join(tmpdir(), 'story-host-'));
	cpSync('tests/fixtures/host', dir, { recursive: true });
	copyFileSync('node_modules/pym.js/dist/pym.v1.min.js', join(dir, 'pym.v1.min.js'));
	host = await serveStatic(dir);
	foreign = await serveStatic(dir);
});
afterAll(() => {
	host?.server.close();
	foreign?.server.close();
});

/** The host pages' origins: the story's pages may talk to them. */
const hosts = (): string[] => [new URL(host.url).origin, new URL(foreign.url).origin];

/** Page options for a test host page embedding an edition of the story. */
const onHost = (file: string, edition: Edition, options = ''): PageOptions => ({
	site: hostPage(file, edition, options),
	at: '',
	origins: [new URL(site).origin, ...hosts()]
});

/** A test host page embedding an edition of the story (see tests/fixtures/host/). */
const hostPage = (file: string, edition: Edition, options = '') =>
	`${host.url}${file}?site=${encodeURIComponent(site)}&edition=${edition.path}${options}`;

/** The frame of an edition's embed (`/embed/`, `/en/embed/`), once its story is ready. */
const storyFrame = async (page: Page, edition: Edition): Promise<Frame> => {
	await page.waitForSelector('iframe');
	let frame: Frame | undefined;
	await expect
		.poll(
			() =>
				(frame = page
					.frames()
					.find(
						(f) => f !== page.mainFrame() && f.url().startsWith(`${site}${edition.path}embed/`)
					)),
			{ message: 'no story frame', timeout: 10_000 }
		)
		.toBeTruthy();
	await storyReady(frame!);
	return frame!;
};

const active = (frame: Frame) => frame.getAttribute('[data-graphic]', 'data-active-step');

/** Waits until the host script has sized the iframe to the story (within a pixel). */
async function sized(page: Page, frame: Frame) {
	await frame.waitForSelector('html[data-embed="host"]');
	await expect
		.poll(async () => {
			const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
			const iframe = await page.$eval('iframe', (el) => el.getBoundingClientRect().height);
			return Math.abs(content - iframe);
		})
		.toBeLessThanOrEqual(1);
}

/**
 * Scrolls the host page, to the end (or the top), by the story's `scrollStride` (no step skipped)
 * every four of its frames, as a reader would; returns every step the story
 * made active on the way, in order.
 */
async function scrollHost(page: Page, frame: Frame, direction: 1 | -1): Promise<string[]> {
	const dy = direction * (await scrollStride(frame));
	await frame.evaluate(() => {
		const graphic = document.querySelector('[data-graphic]')!;
		const now = graphic.getAttribute('data-active-step');
		const seen: string[] = now ? [now] : [];
		(window as unknown as { seenSteps: string[] }).seenSteps = seen;
		new MutationObserver(() => {
			const step = graphic.getAttribute('data-active-step');
			if (step && seen.at(-1) !== step) seen.push(step);
		}).observe(graphic, { attributeFilter: ['data-active-step'] });
	});
	await page.evaluate(async (dy) => {
		const frames = () =>
			new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		for (let i = 0, before = NaN; scrollY !== before && i < 400; i++) {
			before = scrollY;
			scrollBy(0, dy);
			// The host sends the viewport within a frame; the story takes it in its next frames.
			// Counted on the host's frames: an iframe out of view gets none (Chromium throttles it).
			await frames();
			await frames();
		}
	}, dy);
	await expect.poll(() => active(frame)).toBe(direction === 1 ? slugs.at(-1) : slugs[0]);
	return frame.evaluate(() => (window as unknown as { seenSteps: string[] }).seenSteps);
}

/** Scrolls the host page until a step's card is in the middle of its viewport. */
async function scrollHostTo(page: Page, frame: Frame, slug: string) {
	const cardTop = await frame.$eval(`#${slug}`, (el) => el.getBoundingClientRect().top);
	await page.evaluate((top) => {
		const iframe = document.querySelector('iframe')!;
		scrollTo(0, scrollY + iframe.getBoundingClientRect().top + top - innerHeight / 2);
	}, cardTop);
	await expect.poll(() => active(frame)).toBe(slug);
	// The graphic follows the host's scroll in the frames after the step's.
	await settle(page);
	await settle(page);
}

/** The graphic's box on the host's screen. */
async function graphicOnScreen(page: Page, frame: Frame) {
	const iframeTop = await page.$eval('iframe', (el) => el.getBoundingClientRect().top);
	const box = await frame.$eval('[data-graphic]', (el) => {
		const r = el.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom };
	});
	return { top: iframeTop + box.top, bottom: iframeTop + box.bottom };
}

/** The hosts an edition's host scroll is checked in: every host with the French edition; the
 * English one, whose embed differs only by its words, on a phone with embed.js. */
const HOSTS = [
	['embed.js', 'host.html', PHONE],
	['embed.js on a desktop', 'host.html', DESKTOP],
	['the genuine pym.Parent', 'pym-host.html', PHONE]
] as const;

describe.each(EDITIONS)('$lang edition', (edition) => {
	describe.each(edition.lang === 'fr' ? HOSTS : HOSTS.slice(0, 1))(
		'embedded with %s',
		(_name, file, size) => {
			test('sizes the iframe to the story, and the host’s scroll drives every step, down and back, with the graphic in view', async ({
				usePage
			}) => {
				const page = await usePage({ ...onHost(file, edition), size });
				const frame = await storyFrame(page, edition);
				await sized(page, frame);
				const down = await scrollHost(page, frame, 1);
				expect(down).toEqual([...slugs]);
				const back = await scrollHost(page, frame, -1);
				expect(back).toEqual([...slugs].reverse());
				// Halfway through the story, the graphic fills the host's viewport.
				await scrollHostTo(page, frame, 'six-provinces');
				const box = await graphicOnScreen(page, frame);
				const height = await page.evaluate(() => innerHeight);
				expect(box.top).toBeGreaterThanOrEqual(-1);
				expect(box.bottom).toBeLessThanOrEqual(height + 1);
				expect(box.bottom - box.top).toBeGreaterThan(height * 0.9);
			});
		}
	);

	describe('the embed', () => {
		test('tells the host each step it reaches, opens at the step the host’s URL names, and ignores a foreign frame', async ({
			usePage
		}) => {
			const evil = `${foreign.url}evil.html`;
			const page = await usePage({
				...onHost('host.html', edition, `&etape=riposte&evil=${encodeURIComponent(evil)}`),
				size: PHONE,
				// Counts, in every frame, the foreign frame's orders to jump to the end.
				init: `window.foreignOrders = 0;
					addEventListener('message', (e) => {
						if (e.data && e.data.type === 'story:start' && e.data.slug === 'violences') window.foreignOrders++;
					});`
			});
			const frame = await storyFrame(page, edition);
			await sized(page, frame);
			await expect.poll(() => active(frame)).toBe('riposte');
			// The foreign frame kept asking for the last step and the end of the story: still here.
			await frame.waitForFunction(
				() => (window as unknown as { foreignOrders: number }).foreignOrders >= 5
			);
			await settle(frame);
			expect(await active(frame)).toBe('riposte');
			const steps = await page.evaluate(
				() => (window as unknown as { storySteps: string[] }).storySteps
			);
			expect(steps.at(-1)).toBe('riposte');
			await scrollHostTo(page, frame, 'six-provinces');
			await expect
				.poll(() =>
					page.evaluate(() => (window as unknown as { storySteps: string[] }).storySteps.at(-1))
				)
				.toBe('six-provinces');
		});

		test('takes its options from its own URL: a start step and a theme', async ({ usePage }) => {
			const query = encodeURIComponent('etape=kaboul&theme=dark');
			const page = await usePage({
				...onHost('host.html', edition, `&query=${query}`),
				size: PHONE
			});
			const frame = await storyFrame(page, edition);
			await sized(page, frame);
			await expect.poll(() => active(frame)).toBe('kaboul');
			expect(await frame.getAttribute('html', 'data-theme')).toBe('dark');
		});

		test('in a hostile host (sticky header, overflow hidden, margins) keeps the graphic below the header', async ({
			usePage
		}) => {
			const page = await usePage({ ...onHost('host.html', edition, '&hostile=1'), size: PHONE });
			const frame = await storyFrame(page, edition);
			await sized(page, frame);
			await scrollHostTo(page, frame, 'six-provinces');
			const box = await graphicOnScreen(page, frame);
			expect(box.top).toBeGreaterThanOrEqual(63);
			expect(box.bottom).toBeLessThanOrEqual(844 + 1);
		});

		test('in a fixed-height iframe with no host script, scrolls inside itself like the page', async ({
			usePage
		}) => {
			const page = await usePage({ ...onHost('host.html', edition, '&script=0'), size: DESKTOP });
			const frame = await storyFrame(page, edition);
			expect(await frame.getAttribute('html', 'data-embed')).toBeNull();
			const seen = await scrollThrough(frame, 1);
			expect(seen).toEqual([...slugs]);
			expect(await page.$eval('iframe', (el) => el.getBoundingClientRect().height)).toBe(700);
		});
	});
});

describe.each(EDITIONS)('for producers, $lang edition', (edition) => {
	const w = edition.w.page.embed;

	test(`« ${w.title} » shows the embed code, copies it, and previews this edition`, async ({
		usePage
	}) => {
		const page = await usePage({
			edition,
			size: DESKTOP,
			permissions: ['clipboard-read', 'clipboard-write'],
			at: ''
		});
		await page.waitForSelector('html[data-story-ready="true"]');
		const box = page.locator('[data-embed-code]');
		expect(await box.locator('h2').textContent()).toBe(w.title);
		const code = (await box.locator('code').textContent()) ?? '';
		expect(code).toContain(`<iframe src="https://graphics.example.org/${edition.path}embed/"`);
		expect(code).toContain(`title="${edition.copy.headline}"`);
		expect(code).toContain('data-story-embed');
		expect(code).toContain('<script src="https://graphics.example.org/embed.js" async></script>');
		await box.locator('[data-copy-embed]').click();
		await expect.poll(() => box.locator('[role="status"]').textContent()).toBe(w.copied);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		// The preview link shows the embed of the edition the producer is reading.
		await box.getByRole('link', { name: w.preview }).click();
		const frame = await storyFrame(page, edition);
		await sized(page, frame);
		expect(await frame.getAttribute('html', 'lang')).toBe(edition.lang);
	});
});

describe('the embed preview page', () => {
	const [french] = EDITIONS as [Edition];

	test.for([320, 375, 600, 768, 1024])('sizes the embed at %i px', async (width, { usePage }) => {
		const page = await usePage({
			size: { viewport: { width: 1280, height: 900 } },
			at: `embed/apercu/?largeur=${width}&hostile=${width === 375 ? 1 : 0}`
		});
		const frame = await storyFrame(page, french);
		await sized(page, frame);
		const iframeWidth = await page.$eval('iframe', (el) => el.getBoundingClientRect().width);
		expect(iframeWidth).toBeLessThanOrEqual(width);
	});
});
