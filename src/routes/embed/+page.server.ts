import { storyMeta } from '$lib/share/meta';
import { embedAllowedOrigins, site } from '$lib/server/site';
import { story } from '$lib/server/story';
import { storyPageData } from '$lib/server/storyPage';
import type { PageServerLoad } from './$types';

/** The story for iframes: same page, not indexed, canonical to the story, driven by its host. */
export const load: PageServerLoad = () =>
	storyPageData(storyMeta(story, site), null, undefined, { allowedOrigins: embedAllowedOrigins });
