import { downloadLinks } from '$lib/server/downloads';
import { story } from '$lib/server/story';
import { troopData } from '$lib/server/troopData';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { sources: chartSources, ...troops } = troopData(story.published);
	return { story, troops, chartSources, downloads: downloadLinks };
};
