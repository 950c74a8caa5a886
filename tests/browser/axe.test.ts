import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { SIZES } from './helpers/chromium';
import { stepAtRest, storyReady } from './helpers/settled';
import { EDITIONS, slugs } from './helpers/story';
import { test } from './helpers/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations axe finds in `page`, within `include` (the whole page when empty), one line each.
 * axe is injected once per page (`axe.source`): injecting it again for every scan cost more than
 * the scan itself. */
async function violations(page: Page, include: string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	return page.evaluate(
		async ({ include, tags }) => {
			const { violations } = await window.axe.run(
				include.length ? { include: include.map((s) => [s]) } : document,
				{ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }
			);
			return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		},
		{ include, tags: WCAG }
	);
}

declare global {
	interface Window {
		axe: typeof axe;
	}
}

// Every step, in the state a reader reaches it in. What changes from one step to the next (the
// graphic, the active card, the step bar) is scanned at every step; the rest of the page (header,
// the other cards, sources) is the same at every step, and is scanned whole at a troop step and a
// map step, with the page-level rules (landmarks, headings) that need it.
const whole = new Set([slugs[0], 'helmand']);

describe.each(EDITIONS)('$lang edition', (edition) => {
	// Reduced motion brings each step to rest at once: all passes ask for it but the French light
	// ones, where the transitions play (ten times faster: axe reads only where they end), so both
	// motion settings' resting states are scanned.
	describe.each([
		['phone', 'light', SIZES.phone],
		['phone', 'dark', SIZES.phone],
		['desktop', 'light', SIZES.desktop],
		['desktop', 'dark', SIZES.desktop]
	] as const)('axe on a %s, %s theme', (_size, theme, size) => {
		const reducedMotion = edition.lang === 'fr' && theme === 'light' ? 'no-preference' : 'reduce';
		test('no step has a WCAG 2.2 AA violation', async ({ usePage }) => {
			const page = await usePage({
				edition,
				size,
				theme,
				reducedMotion,
				at: `#${slugs[0]}`,
				animationRate: 10
			});
			await storyReady(page);
			const found: Record<string, string[]> = {};
			for (const slug of slugs) {
				await page.evaluate((s) => (location.hash = s), slug);
				await stepAtRest(page, slug);
				const changing = ['[data-graphic-column]', `[data-step="${slug}"]`, '[data-story-nav]'];
				const lines = await violations(page, whole.has(slug) ? [] : changing);
				if (lines.length) found[slug] = lines;
			}
			expect(found).toEqual({});
		});
	});
});
