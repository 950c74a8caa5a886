import type { PageMeta } from '$lib/share/meta';
import { embedSnippet } from '$lib/share/embed';
import type { Site } from '$lib/share/site';
import { downloadLinks } from './downloads';
import { mapCredits, mapData } from './mapData';
import { site } from './site';
import { story } from './story';
import { troopData } from './troopData';

/** What the story page needs, on the story's page and on every step's page. */
export function storyPageData(
	meta: PageMeta,
	openAt: string | null,
	jsonLd?: object,
	embed?: { allowedOrigins: string[] }
) {
	const { sources: chartSources, ...troops } = troopData(story.published);
	return {
		story,
		troops,
		chartSources,
		mapSources: mapCredits,
		map: mapData(),
		downloads: downloadLinks,
		site: site as Site,
		meta,
		jsonLd,
		/** The step a step page opens on (null: the story's start, or the URL hash). */
		openAt,
		/** Set on the embed page: the parent origins allowed to drive it (empty: any). */
		embed: embed ?? null,
		embedSnippet: embedSnippet(site, story.headline)
	};
}

export type StoryPageData = ReturnType<typeof storyPageData>;
