import { figureEntries, figureResponse } from '$lib/server/render/images';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => figureEntries('en');
export const GET: RequestHandler = ({ params }) => figureResponse('en', params.slug);
