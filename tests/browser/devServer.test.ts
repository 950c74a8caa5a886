import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, useChromium, watchProblems } from './helpers/chromium';
import { slugs } from './helpers/story';

const browser = useChromium();
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

	it('serves the story: it follows the scroll, loads its fonts, and logs no error', async () => {
		const context = await browser().newContext(PHONE);
		const page = await context.newPage();
		const problems = watchProblems(page, new URL(site).origin);
		await page.goto(site, { waitUntil: 'load' });
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
		expect(problems.errors).toEqual([]);
		await context.close();
	});
});
