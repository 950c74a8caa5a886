import { beforeAll, describe, expect, inject } from 'vitest';
import { BASE_PATH, subPathBuild } from '../setup/subPathBuild';
import { DESKTOP } from './helpers/chromium';
import { storyReady } from './helpers/settled';
import { activeStep, EDITIONS, scrollThrough, slugs } from './helpers/story';
import { test } from './helpers/test';

const url = inject('basePathUrl');

// The sub-path build is made once per run, by the first test that needs it.
beforeAll(() => subPathBuild(inject('runId')));

describe.each(EDITIONS)(`built with BASE_PATH=${BASE_PATH}, $lang edition`, (edition) => {
	test('works when served from that sub-path: assets load, steps follow the scroll, deep links open', async ({
		usePage
	}) => {
		expect(url).toContain(`${BASE_PATH}/`);
		const page = await usePage({ edition, size: DESKTOP, site: url, at: '#riposte' });
		await storyReady(page);
		expect(await page.getAttribute('html', 'lang')).toBe(edition.lang);
		expect(await activeStep(page)).toBe('riposte');
		await expect
			.poll(() => page.evaluate(() => document.fonts.check('700 1em "Source Serif 4"')))
			.toBe(true);
		expect(await scrollThrough(page, 1)).toEqual(slugs.slice(slugs.indexOf('riposte')));
		expect(await page.evaluate(() => location.pathname)).toBe(`${BASE_PATH}/${edition.path}`);
	});
});
