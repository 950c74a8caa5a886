import { publicSite } from '$lib/share/site';

/**
 * Where the built site will be published (absolute URLs for previews and shares):
 * `PUBLIC_ORIGIN` (e.g. https://www.example.org) and `BASE_PATH` (e.g. /interactive/story).
 */
export const site = publicSite(process.env.PUBLIC_ORIGIN, process.env.BASE_PATH);

/** The publisher named in the article's structured data (`PUBLISHER_NAME`). */
export const publisher = {
	name: process.env.PUBLISHER_NAME?.trim() || 'Rédaction',
	url: process.env.PUBLISHER_URL?.trim() || site.origin
};

/**
 * Host page origins allowed to drive the embed (`EMBED_ALLOWED_ORIGINS`, comma-separated,
 * e.g. `https://www.example.org,https://cms.example.org`). Empty: any page may embed it.
 */
export const embedAllowedOrigins = (process.env.EMBED_ALLOWED_ORIGINS ?? '')
	.split(',')
	.map((origin) => origin.trim())
	.filter(Boolean)
	.map((origin) => publicSite(origin, '').origin);
