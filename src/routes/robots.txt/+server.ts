import { site } from '$lib/server/load/site';
import { robotsTxt } from '$lib/share/sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;
export const GET: RequestHandler = () =>
	new Response(robotsTxt(site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
