import { downloadLinks } from '$lib/server/downloads';
import { mapCredits, mapData } from '$lib/server/mapData';
import { story } from '$lib/server/story';
import { troopData } from '$lib/server/troopData';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { sources: chartSources, ...troops } = troopData(story.published);
	return {
		story,
		troops,
		chartSources,
		mapSources: mapCredits,
		map: mapData(),
		downloads: downloadLinks
	};
};
