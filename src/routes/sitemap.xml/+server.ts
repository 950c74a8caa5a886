import { site } from '$lib/server/load/site';
import { storyIn } from '$lib/server/load/story';
import { sitemapXml } from '$lib/share/sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;
export const GET: RequestHandler = () =>
	new Response(sitemapXml(site, storyIn('fr').published), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
