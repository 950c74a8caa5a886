import { error } from '@sveltejs/kit';
import { downloadCsv, downloads, type DownloadName } from '$lib/server/render/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => Object.keys(downloads).map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	if (!(params.file in downloads)) error(404, 'Fichier inconnu');
	return new Response(downloadCsv(params.file as DownloadName), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
