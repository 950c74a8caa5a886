import { error } from '@sveltejs/kit';
import { stepMeta } from '$lib/share/meta';
import { site } from '$lib/server/site';
import { story } from '$lib/server/story';
import { storyPageData } from '$lib/server/storyPage';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per step, for links that open the story there and for social previews. */
export const entries: EntryGenerator = () => story.steps.map((s) => ({ slug: s.slug }));

export const load: PageServerLoad = ({ params }) => {
	const step = story.steps.find((s) => s.slug === params.slug);
	if (!step) error(404, 'Étape inconnue');
	return storyPageData(stepMeta(story, step, site), step.slug);
};
