import { cardEntries, cardResponse } from '$lib/server/render/images';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => cardEntries('fr');
export const GET: RequestHandler = ({ params }) => cardResponse('fr', params.card);
