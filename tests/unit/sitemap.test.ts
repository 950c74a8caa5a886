import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from '$lib/share/sitemap';

describe('sitemapXml', () => {
	it.each([
		[
			{ origin: 'https://news.example', base: '' },
			'https://news.example/',
			'https://news.example/en/'
		],
		[
			{ origin: 'https://news.example', base: '/a&b' },
			'https://news.example/a&amp;b/',
			'https://news.example/a&amp;b/en/'
		]
	])('lists each edition’s story page with every edition as an alternate (%o)', (site, fr, en) => {
		const xml = sitemapXml(site, '2021-05-04');
		expect(xml.match(/<loc>[^<]*<\/loc>/g)).toEqual([`<loc>${fr}</loc>`, `<loc>${en}</loc>`]);
		for (const url of xml.split('<url>').slice(1)) {
			expect(url).toContain(`<xhtml:link rel="alternate" hreflang="fr" href="${fr}"/>`);
			expect(url).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${en}"/>`);
			expect(url).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${fr}"/>`);
			expect(url).toContain('<lastmod>2021-05-04</lastmod>');
		}
		expect(xml).not.toContain('/s/');
	});
});

describe('robotsTxt', () => {
	it.each([
		[{ origin: 'https://news.example', base: '' }, 'https://news.example/sitemap.xml'],
		[{ origin: 'https://news.example', base: '/afg' }, 'https://news.example/afg/sitemap.xml']
	])('allows everything and names the sitemap (%o)', (site, sitemap) => {
		expect(robotsTxt(site)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
	});
});
