import { describe, expect, inject, it } from 'vitest';
import { PHONE, useChromium, watchProblems } from './helpers/chromium';
import { EDITIONS } from './helpers/story';

const site = inject('siteUrl');
const browser = useChromium();

describe.each(EDITIONS)('web fonts, $lang edition', (edition) => {
	it('arrive after the load event, are used, and move nothing when they swap in', async () => {
		const context = await browser().newContext(PHONE);
		// A string, not a function: tsx would wrap named functions in a helper the page lacks.
		await context.addInitScript({
			content: `window.shifts = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts += e.value;
				}).observe({ type: 'layout-shift', buffered: true });`
		});
		const page = await context.newPage();
		const problems = watchProblems(page, new URL(site).origin);
		await page.goto(site + edition.path, { waitUntil: 'load' });
		const timing = () =>
			page.evaluate(() => {
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				const fonts = performance
					.getEntriesByType('resource')
					.filter((e) => e.name.endsWith('.woff2'))
					.map((e) => e.startTime);
				const faces = [...document.fonts]
					.filter((f) => f.family.includes('Source Serif 4') && f.status === 'loaded')
					.map((f) => f.weight);
				return { load: nav.loadEventStart, fonts, faces };
			});
		// All four faces (serif 400 and 700, sans 400 and 600) fetched, the serif ones in use.
		await expect.poll(async () => (await timing()).fonts.length).toBe(4);
		await expect.poll(async () => (await timing()).faces.sort()).toEqual(['400', '700']);
		const { load, fonts } = await timing();
		// Each asked for after the load event: none held the first paint back.
		for (const start of fonts) expect(start).toBeGreaterThanOrEqual(load);
		expect(
			await page.evaluate(() => (window as unknown as { shifts: number }).shifts)
		).toBeLessThan(0.01);
		expect(problems.errors).toEqual([]);
		await context.close();
	});
});
