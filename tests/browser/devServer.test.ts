import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { PHONE } from './helpers/chromium';
import { slugs } from './helpers/story';
import { test } from './helpers/test';

const port = 20_000 + Math.floor(Math.random() * 20_000);
const site = `http://localhost:${port}/`;
let server: ChildProcess;

/** The README's first command, `npm run dev`: the story as an editor previews it. */
describe('the dev server', () => {
	beforeAll(async () => {
		server = spawn(
			process.execPath,
			['node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort'],
			{ stdio: 'ignore' }
		);
		const deadline = Date.now() + 60_000;
		for (;;) {
			const up = await fetch(site).then(
				(r) => r.ok,
				() => false
			);
			if (up) break;
			if (Date.now() > deadline) throw new Error(`vite dev did not answer on ${site}`);
			await new Promise((done) => setTimeout(done, 250));
		}
	});
	afterAll(() => void server?.kill());

	test('serves the story: it follows the scroll, loads its fonts, and logs no error', async ({
		usePage
	}) => {
		const page = await usePage({ size: PHONE, site, at: '' });
		await page.evaluate((slug) => document.getElementById(slug)!.scrollIntoView(), slugs[4]!);
		await expect
			.poll(() => page.locator('[data-graphic]').getAttribute('data-active-step'), {
				timeout: 30_000
			})
			.toBe(slugs[4]);
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						[...document.fonts].filter(
							(f) => !f.family.includes('fallback') && f.status === 'loaded'
						).length
				)
			)
			.toBe(4);
	});
});
