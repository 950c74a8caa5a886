/**
 * Screenshots of the built story at phone and desktop sizes, at the header and at every step,
 * for a human (or picture editor) to review: `npm run build && npm run screenshots [-- step …]`.
 * Writes PNGs to test-results/screens/. `COLOR_SCHEME=dark` for the dark theme, `EDITION=en` for
 * the English edition, `VIEWPORTS=390x844,844x390` for other sizes.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContextOptions } from 'playwright-core';
import { launchChromium, PHONE, SIZES } from '../tests/browser/helpers/chromium';
import { serveStatic } from '../tests/browser/helpers/serve';

const only = process.argv.slice(2);
const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const edition = process.env.EDITION === 'en' ? 'en' : '';
const { server, url: root } = await serveStatic('build');
const url = edition ? `${root}${edition}/` : root;
const prefix = (name: string) =>
	`${name}${edition ? `-${edition}` : ''}${process.env.COLOR_SCHEME === 'dark' ? '-dark' : ''}`;
const browser = await launchChromium();
try {
	// VIEWPORTS=390x844,844x390 takes those sizes (phones below 1024 px wide, with touch).
	const sizes: [string, BrowserContextOptions][] = process.env.VIEWPORTS
		? process.env.VIEWPORTS.split(',').map((v) => {
				const [width, height] = v.split('x').map(Number) as [number, number];
				const viewport = { width, height };
				return [v, width < 1024 ? { ...PHONE, viewport } : { viewport }];
			})
		: Object.entries(SIZES);
	for (const [name, options] of sizes) {
		const scheme = process.env.COLOR_SCHEME === 'dark' ? 'dark' : 'light';
		const context = await browser.newContext({
			...options,
			deviceScaleFactor: 1,
			colorScheme: scheme
		});
		const page = await context.newPage();
		await page.goto(url);
		await page.screenshot({
			path: `${out}/${prefix(name)}-00-header.png`
		});
		const slugs = await page.$$eval('[data-step]', (els) => els.map((el) => el.id));
		for (const [i, slug] of slugs.entries()) {
			if (only.length && !only.includes(slug)) continue;
			await page.goto(`${url}#${slug}`);
			await page.reload();
			await page.waitForSelector(`[data-active-step="${slug}"]`);
			await page.waitForTimeout(900);
			await page.screenshot({
				path: `${out}/${prefix(name)}-${String(i + 1).padStart(2, '0')}-${slug}.png`
			});
		}
		await page.evaluate(() => document.getElementById('sources-et-methode')?.scrollIntoView());
		await page.screenshot({
			path: `${out}/${prefix(name)}-99-sources.png`
		});
		await context.close();
	}
} finally {
	await browser.close();
	server.close();
}
console.log(`screenshots written to ${out}/`);
