import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { PUBLIC_ORIGIN } from './setup/global';
import { SIZES } from './helpers/chromium';
import { EDITIONS } from './helpers/story';
import { test } from './helpers/test';
import { WP_EMBED_JS, wordpressIframe } from './helpers/wordpress';
import { subPathBuild } from '../setup/subPathBuild';

// The sub-path build is made once per run, when a test first needs it.
beforeAll(() => subPathBuild(inject('runId')));

const local = inject('basePathUrl');
const published = `${PUBLIC_ORIGIN}${new URL(local).pathname}`;

/** A WordPress post, on an origin of its own, with the iframe WordPress keeps from an oEmbed. */
let post: Server;
let postUrl = '';
const posts = new Map<string, string>();
beforeAll(async () => {
	post = createServer((req, res) => {
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(posts.get(req.url ?? '') ?? '');
	});
	await new Promise<void>((resolve) => post.listen(0, '127.0.0.1', resolve));
	postUrl = `http://localhost:${(post.address() as { port: number }).port}`;
});
afterAll(() => post.close());

async function wordpressPost(oembedPath: string, secret: string) {
	const data = (await (await fetch(`${local}${oembedPath}`)).json()) as { html: string };
	const iframe = wordpressIframe(data.html, secret).replace(published, local);
	const path = `/${oembedPath.replace(/\W/g, '-')}`;
	posts.set(
		path,
		`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">` +
			`<title>A post</title></head><body style="margin:0 1rem"><h1>A post</h1><p>Before.</p>` +
			`${iframe}<p>After.</p><script>${WP_EMBED_JS}</script></body></html>`
	);
	return `${postUrl}${path}`;
}

describe.each(EDITIONS)('$lang edition in a WordPress post', ({ path, copy }) => {
	describe.each(Object.entries(SIZES))('on a %s', (_size, size) => {
		test('reads as the complete article with its figures, sized by WordPress’s height message, with no error', async ({
			usePage
		}) => {
			const page = await usePage({ size, site: local, origins: [postUrl] });
			await page.goto(await wordpressPost(`${path}oembed/recit.json`, 'k3Y9secret'));

			const iframe = page.locator('iframe.wp-embedded-content');
			expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
			expect(await page.locator('script[src]').count()).toBe(0);
			const frame = page.frameLocator('iframe.wp-embedded-content');
			// The page knows it cannot load its modules and shows itself as it reads without them.
			await expect
				.poll(() => frame.locator('html[data-sandboxed]').count(), { timeout: 10_000 })
				.toBe(1);
			// WordPress clamps the story's height (taller than 1000 px) to its maximum.
			await expect.poll(() => iframe.getAttribute('height')).toBe('1000');

			expect(await frame.locator('h1').textContent()).toBe(copy.headline);
			for (const step of copy.steps) {
				const card = frame.locator(`[data-step="${step.slug}"]`);
				expect(await card.textContent()).toContain(step.text);
				const figure = card.locator('img.static-figure');
				await figure.scrollIntoViewIfNeeded();
				expect(await figure.isVisible()).toBe(true);
				await expect
					.poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
					.toBe(560);
			}
			expect(await frame.locator('[data-graphic-column]').isVisible()).toBe(false);
			expect(await frame.locator('button:visible').count()).toBe(0);
			// No broken layout: nothing wider than the frame, each card in the frame's width.
			const overflow = await frame
				.locator('html')
				.evaluate((html) => html.scrollWidth - html.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	});

	test('opens a step page’s embed at that step', async ({ usePage }) => {
		const page = await usePage({ size: SIZES.desktop, site: local, origins: [postUrl] });
		await page.goto(await wordpressPost(`${path}oembed/helmand.json`, 'a1B2c3'));
		const frame = page.frameLocator('iframe.wp-embedded-content');
		await expect.poll(() => frame.locator('html[data-sandboxed]').count()).toBe(1);
		// Polled: WordPress may give the frame its secret (a new address) while it loads, and the
		// page that then starts places itself at the step in its turn.
		await expect
			.poll(() =>
				frame
					.locator('[data-step="helmand"]')
					.evaluate((card) => Math.abs(Math.round(card.getBoundingClientRect().top)))
			)
			.toBeLessThanOrEqual(1);
		// Held there until the reader scrolls, then left where the reader takes it.
		const top = () =>
			frame.locator('[data-step="helmand"]').evaluate(async (card) => {
				await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
				return Math.round(card.getBoundingClientRect().top);
			});
		await page.mouse.move(400, 400);
		await page.mouse.wheel(0, 600);
		await expect.poll(top).toBeLessThan(-100);
		expect(await top()).toBeLessThan(-100);
	});
});
