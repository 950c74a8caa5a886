import { DEFAULT_LANG, type Lang } from '$lib/i18n/langs';
import { EMBED_SIZE, embedSnippet } from './embed';
import type { PageMeta } from './meta';
import { storyUrl, type Site } from './site';

/** An oEmbed 1.0 `rich` response (https://oembed.com/#section2.3). */
export interface OEmbed {
	type: 'rich';
	version: '1.0';
	title: string;
	author_name: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/** Path of a page's oEmbed file, relative to its edition's root (null: the story's own page). */
export const oembedPath = (slug: string | null) => `oembed/${slug ?? 'recit'}.json`;

/** Absolute address of a page's oEmbed file, which the page's discovery link points to. */
export const oembedUrl = (site: Site, slug: string | null, lang: Lang = DEFAULT_LANG) =>
	`${storyUrl(site, lang)}${oembedPath(slug)}`;

/**
 * What a CMS gets when a producer pastes a story or step address: the embed code for that
 * edition and step, and the page's share card as its thumbnail.
 *
 * @example oembed({ meta, site, lang: 'en', slug: 'helmand', author: 'Desk', publisher }).html // '<iframe src="…/en/embed/?etape=helmand"…'
 */
export function oembed(page: {
	meta: PageMeta;
	site: Site;
	lang: Lang;
	slug: string | null;
	author: string;
	publisher: { name: string; url: string };
}): OEmbed {
	const { meta, site, lang, slug, publisher } = page;
	return {
		type: 'rich',
		version: '1.0',
		title: meta.title,
		author_name: page.author,
		provider_name: publisher.name,
		provider_url: publisher.url,
		html: embedSnippet(site, meta.title, lang, { slug: slug ?? undefined, sized: true }),
		...EMBED_SIZE,
		thumbnail_url: meta.image.url,
		thumbnail_width: meta.image.width,
		thumbnail_height: meta.image.height
	};
}
