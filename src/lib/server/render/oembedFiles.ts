import type { Lang } from '$lib/i18n';
import { wordsFor } from '$lib/i18n/editions';
import { oembed } from '$lib/share/oembed';
import { stepMeta, storyMeta } from '$lib/share/meta';
import { publisher, site } from '../load/site';
import { storyFile, storyFileNames } from '../load/story';

/** One oEmbed file for the story's page (`recit.json`) and one per step page (`<slug>.json`). */
export const oembedEntries = (lang: Lang) => storyFileNames(lang).map((page) => ({ page }));

/** A page's oEmbed file, as a JSON response (`oembed/<page>.json`). */
export function oembedResponse(lang: Lang, page: string): Response {
	const { story, step } = storyFile(lang, page);
	const meta = step ? stepMeta(story, step, site, wordsFor(lang)) : storyMeta(story, site, lang);
	const body = oembed({
		meta,
		site,
		lang,
		slug: step?.slug ?? null,
		author: story.byline,
		publisher
	});
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
