import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_ORIGIN } from '../../src/lib/share/site';
import { DESKTOP, PHONE, useChromium, watchProblems } from './helpers/chromium';
import { activeStep, copy, slugs } from './helpers/story';
import { BASE_PATH, PUBLIC_ORIGIN } from './setup/global';

const url = inject('siteUrl');
const browser = useChromium();

/** The content of a meta tag (`property` or `name`), HTML entities decoded. */
function metaContent(html: string, key: string): string | undefined {
	const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
	return match?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
	['build', DEFAULT_ORIGIN, ''],
	['build-base', PUBLIC_ORIGIN, BASE_PATH]
])('share pages in %s', (dir, origin, base) => {
	const root = `${origin}${base}/`;

	it.each(slugs.map((slug) => [slug]))(
		'/s/%s/ previews its step with absolute URLs and its own 1200×630 card',
		(slug) => {
			const html = readFileSync(`${dir}/s/${slug}/index.html`, 'utf8');
			const step = copy.steps.find((s) => s.slug === slug)!;
			expect(html).toContain(`data-active-step="${slug}"`);
			expect(html).toMatch(new RegExp(`<link rel="canonical" href="${root}"`));
			expect(metaContent(html, 'og:url')).toBe(`${root}s/${slug}/`);
			expect(metaContent(html, 'og:type')).toBe('article');
			expect(metaContent(html, 'og:locale')).toBe('fr_FR');
			expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
			expect(metaContent(html, 'og:title')).toBeTruthy();
			expect(metaContent(html, 'og:description')).toBeTruthy();
			expect(metaContent(html, 'description')).toBe(metaContent(html, 'og:description'));
			expect(metaContent(html, 'og:image:alt')).toBe(step.alt);
			expect(metaContent(html, 'og:image:width')).toBe('1200');
			expect(metaContent(html, 'og:image:height')).toBe('630');
			const image = metaContent(html, 'og:image')!;
			expect(image).toBe(`${root}partage/${slug}.png`);
			expect(pngSize(`${dir}/${image.slice(root.length)}`)).toEqual({ width: 1200, height: 630 });
			expect(html).toMatch(/<title>[^<]+<\/title>/);
		}
	);

	it('the story page carries its card and NewsArticle data', () => {
		const html = readFileSync(`${dir}/index.html`, 'utf8');
		expect(metaContent(html, 'og:url')).toBe(root);
		expect(metaContent(html, 'og:image')).toBe(`${root}partage/recit.png`);
		expect(pngSize(`${dir}/partage/recit.png`)).toEqual({ width: 1200, height: 630 });
		const json = /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(html)?.[1];
		expect(JSON.parse(json!)).toMatchObject({
			'@type': 'NewsArticle',
			headline: copy.headline,
			datePublished: copy.published,
			inLanguage: 'fr-FR',
			image: [`${root}partage/recit.png`]
		});
	});
});

describe('a step’s own page', () => {
	it('opens the story on its step, in its state, then follows the reader', async () => {
		const context = await browser().newContext(PHONE);
		const page = await context.newPage();
		const problems = watchProblems(page, new URL(url).origin);
		await page.goto(`${url}s/six-provinces/`);
		await page.waitForSelector(
			'[data-graphic][data-active-step="six-provinces"][data-atlas="loaded"]'
		);
		await page.waitForSelector('svg.map[data-focus="afghanistan"][data-settled="true"]');
		expect(await page.getAttribute('[data-province="AF-GHA"]', 'data-highlight')).toBe('named');
		const box = await page.locator('#six-provinces .card').boundingBox();
		expect(box!.y).toBeLessThan(844);
		await page.evaluate(() =>
			document.getElementById('kaboul')?.scrollIntoView({ block: 'center' })
		);
		await expect.poll(() => activeStep(page)).toBe('kaboul');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#kaboul');
		expect(problems.errors).toEqual([]);
		await context.close();
	});
});

describe('the share control', () => {
	it('copies the step’s address and says so, on screen and to screen readers', async () => {
		const context = await browser().newContext({
			...DESKTOP,
			permissions: ['clipboard-read', 'clipboard-write']
		});
		const page = await context.newPage();
		const problems = watchProblems(page, new URL(url).origin);
		await page.goto(`${url}#helmand`);
		await page.waitForSelector('html[data-story-ready="true"]');
		const share = page.locator('#helmand [data-share]');
		await share.locator('summary').click();
		await share.locator('[data-copy-link]').click();
		const expected = `${DEFAULT_ORIGIN}/s/helmand/`;
		await expect.poll(() => share.locator('[role="status"]').textContent()).toContain('Lien copié');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		const links = await share
			.locator('a[data-network]')
			.evaluateAll((as) => as.map((a) => [a.getAttribute('data-network'), a.getAttribute('href')]));
		expect(links.map(([network]) => network)).toEqual([
			'x',
			'facebook',
			'linkedin',
			'whatsapp',
			'bluesky',
			'email'
		]);
		for (const [, href] of links) expect(href).toContain(encodeURIComponent(expected));
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it('uses the system share sheet where the browser has one', async () => {
		const context = await browser().newContext(PHONE);
		const page = await context.newPage();
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', {
				value: (data: ShareData) => {
					(window as unknown as { shared: ShareData }).shared = data;
					return Promise.resolve();
				}
			});
		});
		await page.goto(`${url}#riposte`);
		await page.waitForSelector('html[data-story-ready="true"]');
		await page.locator('#riposte [data-share] summary').click();
		const shared = await page.evaluate(() => (window as unknown as { shared?: ShareData }).shared);
		expect(shared?.url).toBe(`${DEFAULT_ORIGIN}/s/riposte/`);
		expect(shared?.text).toMatch(/^Environ 100 talibans tués/);
		expect(await page.locator('#riposte [data-share]').getAttribute('open')).toBeNull();
		await context.close();
	});
});
