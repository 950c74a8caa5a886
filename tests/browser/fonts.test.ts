import { describe, expect } from 'vitest';
import { PHONE } from './helpers/chromium';
import { EDITIONS } from './helpers/story';
import { test } from './helpers/test';

describe.each(EDITIONS)('web fonts, $lang edition', (edition) => {
	test('arrive after the load event, are used, and move nothing when they swap in', async ({
		usePage
	}) => {
		const page = await usePage({
			edition,
			size: PHONE,
			init: `window.shifts = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts += e.value;
				}).observe({ type: 'layout-shift', buffered: true });`,
			at: ''
		});
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
	});
});
