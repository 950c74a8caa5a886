import { describe, expect } from 'vitest';
import { PHONE } from './helpers/chromium';
import { EDITIONS, slugs } from './helpers/story';
import { site, test } from './helpers/test';

describe.each(EDITIONS)('the $lang story’s code', (edition) => {
	test('is asked for only after the first contentful paint, and then starts the story', async ({
		usePage
	}) => {
		const page = await usePage({ edition, size: PHONE });
		const response = await page.goto(site() + edition.path, { waitUntil: 'load' });
		expect(await response!.text()).not.toMatch(/<link[^>]+rel="modulepreload"/);
		// Hydrated: the step engine follows the scroll (the hash names the active step).
		await page.evaluate((slug) => document.getElementById(slug)!.scrollIntoView(), slugs[2]!);
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${slugs[2]}`);
		const { paint, scripts } = await page.evaluate(() => ({
			paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
			scripts: performance
				.getEntriesByType('resource')
				.filter((e) => e.name.endsWith('.js'))
				.map((e) => e.startTime)
		}));
		expect(scripts.length).toBeGreaterThan(0);
		for (const start of scripts) expect(start).toBeGreaterThanOrEqual(paint);
	});
});
