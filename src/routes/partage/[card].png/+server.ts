import { error } from '@sveltejs/kit';
import { serverAtlas } from '$lib/server/atlas';
import { cardPng, cardSvg } from '$lib/server/card/shareCard';
import { mapData } from '$lib/server/mapData';
import { story } from '$lib/server/story';
import { troopData } from '$lib/server/troopData';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One card for the story (`recit.png`) and one per step (`<slug>.png`). */
export const entries: EntryGenerator = () => [
	{ card: 'recit' },
	...story.steps.map((s) => ({ card: s.slug }))
];

export const GET: RequestHandler = ({ params }) => {
	const step = story.steps.find((s) => s.slug === params.card) ?? null;
	if (!step && params.card !== 'recit') error(404, 'Carte inconnue');
	const svg = cardSvg({
		story,
		step,
		troops: troopData(story.published),
		atlas: serverAtlas,
		places: mapData().places
	});
	return new Response(new Uint8Array(cardPng(svg)), { headers: { 'content-type': 'image/png' } });
};
