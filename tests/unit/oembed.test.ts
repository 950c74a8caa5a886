import { describe, expect, it } from 'vitest';
import { embedSnippet } from '$lib/share/embed';
import type { PageMeta } from '$lib/share/meta';
import { oembed, oembedUrl } from '$lib/share/oembed';

const site = { origin: 'https://news.example', base: '/afg' };
const publisher = { name: 'La Rédaction', url: 'https://news.example' };
const meta = (title: string, image: string) =>
	({ title, image: { url: image, width: 1200, height: 630, alt: '' } }) as PageMeta;

describe('oembedUrl', () => {
	it.each([
		[null, 'fr', 'https://news.example/afg/oembed/recit.json'],
		['helmand', 'fr', 'https://news.example/afg/oembed/helmand.json'],
		[null, 'en', 'https://news.example/afg/en/oembed/recit.json'],
		['helmand', 'en', 'https://news.example/afg/en/oembed/helmand.json']
	] as const)('%s in %s', (slug, lang, expected) => {
		expect(oembedUrl(site, slug, lang)).toBe(expected);
	});
});

describe('oembed', () => {
	it.each([
		{
			lang: 'fr' as const,
			slug: null,
			title: 'Le retrait',
			src: 'https://news.example/afg/embed/"',
			card: 'https://news.example/afg/partage/recit.png'
		},
		{
			lang: 'en' as const,
			slug: 'six-provinces',
			title: 'Six "provinces" & more',
			src: 'https://news.example/afg/en/embed/?etape=six-provinces"',
			card: 'https://news.example/afg/en/partage/six-provinces.png'
		}
	])('$lang, step $slug: a rich response with its embed code and card', (page) => {
		const input = { meta: meta(page.title, page.card), site, lang: page.lang, slug: page.slug };
		const before = JSON.stringify(input);
		const data = oembed({ ...input, author: 'Desk', publisher });
		expect(data).toEqual({
			type: 'rich',
			version: '1.0',
			title: page.title,
			author_name: 'Desk',
			provider_name: 'La Rédaction',
			provider_url: 'https://news.example',
			html: expect.stringContaining(`<iframe src="${page.src}`),
			width: 640,
			height: 900,
			thumbnail_url: page.card,
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(data.html).toContain(' width="100%" height="900" ');
		expect(data.html).toContain('<script src="https://news.example/afg/embed.js" async></script>');
		expect(data.html).toContain(
			`title="${page.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`
		);
		expect(JSON.stringify(input)).toBe(before);
	});

	it('leaves the code shown on the page as it was (no size attributes, no step)', () => {
		const code = embedSnippet(site, 'T', 'fr');
		expect(code).toContain(
			'<iframe src="https://news.example/afg/embed/" title="T" data-story-embed'
		);
	});
});

describe('embedSnippet, as the page shows it in a box as narrow as 32 monospace characters (320 px)', () => {
	// A continued line that opens with a word longer than the box leaves its indent alone on a
	// line: the box reads as if it held a blank line.
	const codes = [
		['French', embedSnippet(site, 'Le retrait américain d’Afghanistan commence', 'fr')],
		['English', embedSnippet(site, 'The final US pullout from Afghanistan begins', 'en')],
		['a step, sized', embedSnippet(site, 'T', 'fr', { slug: 'six-provinces', sized: true })]
	] as const;
	it.each(codes)('%s: each indented line opens with a word that fits', (_name, code) => {
		const indented = code.split('\n').filter((line) => line.startsWith(' '));
		expect(indented.length).toBeGreaterThan(0);
		for (const line of indented) expect(line.trim().split(' ')[0]!.length).toBeLessThanOrEqual(32);
	});
});
