import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_ORIGIN } from '../../src/lib/share/site';
import { EDITIONS, slugs, type Edition } from '../browser/helpers/story';
import { BASE_PATH, PUBLIC_ORIGIN, subPathBuild } from '../setup/subPathBuild';

// What each card shows is checked in shareCards.test.ts; here, that the pages point to it.

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
	// The sub-path build is made once per run, by the first test that needs it.
	beforeAll(() => (base ? subPathBuild(inject('runId')) : undefined));

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
