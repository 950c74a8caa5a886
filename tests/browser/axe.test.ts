import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect } from 'vitest';
import { SIZES } from './helpers/chromium';
import { stepAtRest, storyReady } from './helpers/settled';
import { EDITIONS, slugs } from './helpers/story';
import { test } from './helpers/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.each(EDITIONS)('$lang edition', (edition) => {
	describe.each([
		['phone', 'light', SIZES.phone],
		['phone', 'dark', SIZES.phone],
		['desktop', 'light', SIZES.desktop],
		['desktop', 'dark', SIZES.desktop]
	] as const)('axe on a %s, %s theme', (_size, theme, size) => {
		// Each step opened from its link, in a page of its own: the state a reader lands in.
		test.for(slugs)('#%s has no WCAG 2.2 AA violation', async (slug, { usePage }) => {
			const page = await usePage({ edition, size, theme, at: `#${slug}` });
			await storyReady(page);
			await stepAtRest(page, slug);
			const { violations } = await new AxeBuilder({ page })
				.withTags(WCAG)
				.options({ resultTypes: ['violations'] })
				.analyze();
			expect(
				violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
			).toEqual([]);
		});
	});
});
