import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, watchProblems, useChromium } from './helpers/chromium';
import { activeStep, EDITIONS, scrollThrough, slugs } from './helpers/story';
import { BASE_PATH } from './setup/global';

const url = inject('basePathUrl');
const browser = useChromium();

describe.each(EDITIONS)(`built with BASE_PATH=${BASE_PATH}, $lang edition`, (edition) => {
	it('works when served from that sub-path: assets load, steps follow the scroll, deep links open', async () => {
		expect(url).toContain(`${BASE_PATH}/`);
		const context = await browser().newContext(DESKTOP);
		const page = await context.newPage();
		const problems = watchProblems(page, new URL(url).origin);
		await page.goto(`${url}${edition.path}#riposte`);
		await page.waitForFunction(() => document.documentElement.dataset.storyReady === 'true');
		expect(await page.getAttribute('html', 'lang')).toBe(edition.lang);
		expect(await activeStep(page)).toBe('riposte');
		await expect
			.poll(() => page.evaluate(() => document.fonts.check('700 1em "Source Serif 4"')))
			.toBe(true);
		expect(await scrollThrough(page, 200)).toEqual(slugs.slice(slugs.indexOf('riposte')));
		expect(await page.evaluate(() => location.pathname)).toBe(`${BASE_PATH}/${edition.path}`);
		expect(problems.errors).toEqual([]);
		await context.close();
	});
});
