import { describe, expect, inject, it } from 'vitest';
import { PHONE, useChromium, watchProblems } from './helpers/chromium';
import { EDITIONS, slugs } from './helpers/story';

const site = inject('siteUrl');
const browser = useChromium();

describe.each(EDITIONS)('the $lang story’s code', (edition) => {
	it('is asked for only after the first contentful paint, and then starts the story', async () => {
		const context = await browser().newContext(PHONE);
		const page = await context.newPage();
		const problems = watchProblems(page, new URL(site).origin);
		const response = await page.goto(site + edition.path, { waitUntil: 'load' });
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
		expect(problems.errors).toEqual([]);
		await context.close();
	});
});
