import { error } from '@sveltejs/kit';
import { wordsFor } from '$lib/i18n/editions';
import { stepPage } from '$lib/server/load/storyPage';
import { storyIn } from '$lib/server/load/story';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per step, for links that open the story there and for social previews. */
export const entries: EntryGenerator = () => storyIn('en').steps.map((s) => ({ slug: s.slug }));

export const load: PageServerLoad = ({ params }) =>
	stepPage('en', params.slug) ?? error(404, wordsFor('en').page.unknownStep);
