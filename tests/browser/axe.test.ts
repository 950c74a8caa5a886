import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { SIZES } from './helpers/chromium';
import { stepAtRest, storyReady } from './helpers/settled';
import { EDITIONS, slugs } from './helpers/story';
import { test } from './helpers/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations axe finds in `page`, within `include` (the whole page when empty), one line each. */
async function violations(page: Page, include: string[]): Promise<string[]> {
	let axe = new AxeBuilder({ page }).withTags(WCAG).options({ resultTypes: ['violations'] });
	for (const selector of include) axe = axe.include(selector);
	const { violations } = await axe.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Each step opened from its link, in the state a reader lands in. What changes from one step to
// the next (the graphic, the active card, the step bar) is scanned at every step; the rest of the
// page (header, the other cards, sources) is the same at every step, and is scanned whole once per
// view (a troop step, a map step), with the page-level rules (landmarks, headings) that need it.
const firstMap = slugs.find((slug) => slug === 'helmand')!;

describe.each(EDITIONS)('$lang edition', (edition) => {
	describe.each([
		['phone', 'light', SIZES.phone],
		['phone', 'dark', SIZES.phone],
		['desktop', 'light', SIZES.desktop],
		['desktop', 'dark', SIZES.desktop]
	] as const)('axe on a %s, %s theme', (_size, theme, size) => {
		test.for(slugs)('#%s has no WCAG 2.2 AA violation', async (slug, { usePage }) => {
			const page = await usePage({ edition, size, theme, at: `#${slug}` });
			await storyReady(page);
			await stepAtRest(page, slug);
			const whole = slug === slugs[0] || slug === firstMap;
			const changing = ['[data-graphic-column]', `[data-step="${slug}"]`, '[data-story-nav]'];
			expect(await violations(page, whole ? [] : changing)).toEqual([]);
		});
	});
});
