import { oembedEntries, oembedResponse } from '$lib/server/render/oembedFiles';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => oembedEntries('en');
export const GET: RequestHandler = ({ params }) => oembedResponse('en', params.page);
