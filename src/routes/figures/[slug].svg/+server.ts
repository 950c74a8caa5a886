import { error } from '@sveltejs/kit';
import { serverAtlas } from '$lib/server/atlas';
import { figureSvg } from '$lib/server/card/shareCard';
import { mapData } from '$lib/server/mapData';
import { story } from '$lib/server/story';
import { troopData } from '$lib/server/troopData';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One static figure per step, shown to readers without JavaScript and in print. */
export const entries: EntryGenerator = () => story.steps.map((s) => ({ slug: s.slug }));

export const GET: RequestHandler = ({ params }) => {
	const step = story.steps.find((s) => s.slug === params.slug);
	if (!step) error(404, 'Étape inconnue');
	const svg = figureSvg(step, {
		troops: troopData(story.published),
		atlas: serverAtlas,
		places: mapData().places
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
