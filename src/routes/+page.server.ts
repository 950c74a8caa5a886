import { newsArticle, storyMeta } from '$lib/share/meta';
import { publisher, site } from '$lib/server/site';
import { story } from '$lib/server/story';
import { storyPageData } from '$lib/server/storyPage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () =>
	storyPageData(storyMeta(story, site), null, newsArticle(story, site, publisher));
