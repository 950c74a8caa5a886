import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_ORIGIN } from '../../src/lib/share/site';
import { DESKTOP, PHONE, useChromium, watchProblems } from './helpers/chromium';
import { activeStep, EDITIONS, slugs, type Edition } from './helpers/story';
import { BASE_PATH, PUBLIC_ORIGIN } from './setup/global';

const site = inject('siteUrl');
const browser = useChromium();

/** The content of a meta tag (`property` or `name`), HTML entities decoded. */
function metaContent(html: string, key: string): string | undefined {
	const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
	return match?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
}

/** Every content of a repeated meta tag, in order. */
function metaContents(html: string, key: string): string[] {
	return [
		...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))
	].map((m) => m[1]!);
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Open Graph and schema.org language tags of each edition. */
const LOCALES: Record<Edition['lang'], { og: string; bcp47: string }> = {
	fr: { og: 'fr_FR', bcp47: 'fr-FR' },
	en: { og: 'en_US', bcp47: 'en-US' }
};

/** The `hreflang` alternates of a page, as `{ fr: url, en: url, 'x-default': url }`. */
function alternates(html: string): Record<string, string> {
	const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
	return Object.fromEntries(links.map(([, lang, href]) => [lang, href]));
}

/** A page's alternates in every edition (`path` relative to an edition's root); French is the default. */
const expectedAlternates = (root: string, path = '') => ({
	...Object.fromEntries(EDITIONS.map((e) => [e.lang, `${root}${e.path}${path}`])),
	'x-default': `${root}${path}`
});

describe.each([
	['build', DEFAULT_ORIGIN, ''],
	['build-base', PUBLIC_ORIGIN, BASE_PATH]
])('share pages in %s', (dir, origin, base) => {
	const root = `${origin}${base}/`;

	describe.each(EDITIONS)('$lang edition', ({ lang, path, copy }) => {
		const home = `${root}${path}`;
		const others = EDITIONS.filter((e) => e.lang !== lang).map((e) => LOCALES[e.lang].og);

		it.each(slugs.map((slug) => [slug]))(
			`/${path}s/%s/ previews its step with absolute URLs and its own 1200×630 card`,
			(slug) => {
				const html = readFileSync(`${dir}/${path}s/${slug}/index.html`, 'utf8');
				const step = copy.steps.find((s) => s.slug === slug)!;
				expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
				expect(html).toContain(`data-active-step="${slug}"`);
				expect(html).toMatch(new RegExp(`<link rel="canonical" href="${home}"`));
				expect(metaContent(html, 'og:url')).toBe(`${home}s/${slug}/`);
				expect(metaContent(html, 'og:type')).toBe('article');
				expect(metaContent(html, 'og:locale')).toBe(LOCALES[lang].og);
				expect(metaContents(html, 'og:locale:alternate')).toEqual(others);
				expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
				expect(metaContent(html, 'og:title')).toBeTruthy();
				expect(metaContent(html, 'og:description')).toBeTruthy();
				expect(metaContent(html, 'description')).toBe(metaContent(html, 'og:description'));
				expect(metaContent(html, 'og:image:alt')).toBe(step.alt);
				expect(metaContent(html, 'og:image:width')).toBe('1200');
				expect(metaContent(html, 'og:image:height')).toBe('630');
				const image = metaContent(html, 'og:image')!;
				expect(image).toBe(`${home}partage/${slug}.png`);
				expect(pngSize(`${dir}/${image.slice(root.length)}`)).toEqual({
					width: 1200,
					height: 630
				});
				expect(html).toMatch(/<title>[^<]+<\/title>/);
				expect(alternates(html)).toEqual(expectedAlternates(root, `s/${slug}/`));
			}
		);

		it('the story page carries its card, its alternates and NewsArticle data', () => {
			const html = readFileSync(`${dir}/${path}index.html`, 'utf8');
			expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
			expect(metaContent(html, 'og:url')).toBe(home);
			expect(metaContent(html, 'og:locale')).toBe(LOCALES[lang].og);
			expect(metaContents(html, 'og:locale:alternate')).toEqual(others);
			expect(alternates(html)).toEqual(expectedAlternates(root));
			expect(metaContent(html, 'og:image')).toBe(`${home}partage/recit.png`);
			expect(pngSize(`${dir}/${path}partage/recit.png`)).toEqual({ width: 1200, height: 630 });
			const json = /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(html)?.[1];
			expect(JSON.parse(json!)).toMatchObject({
				'@type': 'NewsArticle',
				headline: copy.headline,
				datePublished: copy.published,
				inLanguage: LOCALES[lang].bcp47,
				image: [`${home}partage/recit.png`]
			});
		});
	});
});

/** How the share sheet words the riposte step, in each edition. */
const RIPOSTE_SHARED: Record<Edition['lang'], RegExp> = {
	fr: /^Environ 100 talibans tués dans le Helmand/,
	en: /^About 100 Taliban killed in Helmand/
};

describe.each(EDITIONS)('$lang edition', (edition) => {
	const url = site + edition.path;

	describe('a step’s own page', () => {
		it('opens the story on its step, in its state, then follows the reader', async () => {
			const context = await browser().newContext(PHONE);
			const page = await context.newPage();
			const problems = watchProblems(page, new URL(site).origin);
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
			const problems = watchProblems(page, new URL(site).origin);
			await page.goto(`${url}#helmand`);
			await page.waitForSelector('html[data-story-ready="true"]');
			const share = page.locator('#helmand [data-share]');
			// A short label on screen, the whole phrase for screen readers.
			const { summary, summaryMore } = edition.w.page.share;
			expect(await share.locator('summary').textContent()).toBe(`${summary}${summaryMore}`);
			expect(await share.locator('summary .visually-hidden').textContent()).toBe(summaryMore);
			await share.locator('summary').click();
			await share.locator('[data-copy-link]').click();
			const expected = `${DEFAULT_ORIGIN}/${edition.path}s/helmand/`;
			await expect
				.poll(() => share.locator('[role="status"]').textContent())
				.toContain(edition.w.page.share.copied(expected));
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
			const links = await share
				.locator('a[data-network]')
				.evaluateAll((as) =>
					as.map((a) => [a.getAttribute('data-network'), a.getAttribute('href')])
				);
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
			const shared = await page.evaluate(
				() => (window as unknown as { shared?: ShareData }).shared
			);
			expect(shared?.url).toBe(`${DEFAULT_ORIGIN}/${edition.path}s/riposte/`);
			expect(shared?.text).toMatch(RIPOSTE_SHARED[edition.lang]);
			expect(await page.locator('#riposte [data-share]').getAttribute('open')).toBeNull();
			await context.close();
		});
	});
});
