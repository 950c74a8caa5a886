import { DEFAULT_LANG, LANG_TAGS, LANGS } from '$lib/i18n/langs';
import { storyUrl, type Site } from './site';

const xml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The sitemap: each edition's story page (the canonical pages; step pages point to them), each
 * naming every edition as an `hreflang` alternate, the default one also as `x-default`.
 *
 * @example sitemapXml({ origin: 'https://x.org', base: '' }, '2021-05-01') // '<?xml …<loc>https://x.org/</loc>…'
 */
export function sitemapXml(site: Site, lastmod: string): string {
	const alternates = [
		...LANGS.map((lang) => [LANG_TAGS[lang].html, storyUrl(site, lang)] as const),
		['x-default', storyUrl(site, DEFAULT_LANG)] as const
	]
		.map(
			([hreflang, href]) =>
				`\t\t<xhtml:link rel="alternate" hreflang="${hreflang}" href="${xml(href)}"/>`
		)
		.join('\n');
	const urls = LANGS.map((lang) =>
		[
			'\t<url>',
			`\t\t<loc>${xml(storyUrl(site, lang))}</loc>`,
			`\t\t<lastmod>${xml(lastmod)}</lastmod>`,
			alternates,
			'\t</url>'
		].join('\n')
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		''
	].join('\n');
}

/** Absolute address of the sitemap. */
export const sitemapUrl = (site: Site) => `${site.origin}${site.base}/sitemap.xml`;

/**
 * robots.txt: everything may be crawled (the embed pages too, so that their `noindex` is seen),
 * and where the sitemap is. Crawlers read it only at the host's root.
 */
export const robotsTxt = (site: Site) =>
	['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl(site)}`, ''].join('\n');
