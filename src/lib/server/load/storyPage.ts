import { citation } from '$lib/format/citation';
import { LANGS, type Lang } from '$lib/i18n';
import { wordsFor } from '$lib/i18n/editions';
import { newsArticle, stepMeta, storyMeta, type PageMeta } from '$lib/share/meta';
import { embedSnippet } from '$lib/share/embed';
import type { Site } from '$lib/share/site';
import { downloadLinks } from '../render/downloads';
import { mapCredits, mapData } from './mapData';
import { embedAllowedOrigins, publisher, site } from './site';
import { storyIn } from './story';
import { troopData } from './troopData';

/** What the story page needs, in every edition, on the story's page and on every step's page. */
function storyPageData(
	lang: Lang,
	meta: PageMeta,
	openAt: string | null,
	jsonLd?: object,
	embed?: { allowedOrigins: string[] }
) {
	const story = storyIn(lang);
	const { sources: chartSources, ...troops } = troopData(story.published);
	const w = wordsFor(lang);
	// Written out here: the glosses and the titles' languages stay out of the browser's code.
	const cite = (list: { publisher: string; title: string; date: string; url: string }[]) =>
		list.map((source) => ({ ...citation(source, w), url: source.url }));
	return {
		lang,
		/** The other editions, for the language switch (in their own language). */
		editions: LANGS.filter((l) => l !== lang).map((l) => ({
			lang: l,
			label: wordsFor(l).readIn,
			name: wordsFor(l).languageName
		})),
		story,
		troops,
		citations: {
			story: cite(story.sources),
			charts: cite(chartSources),
			maps: cite(mapCredits(lang))
		},
		map: mapData(lang),
		downloads: downloadLinks(lang),
		site: site as Site,
		meta,
		jsonLd,
		/** The step a step page opens on (null: the story's start, or the URL hash). */
		openAt,
		/** Set on the embed page: the parent origins allowed to drive it (empty: any). */
		embed: embed ?? null,
		embedSnippet: embedSnippet(site, story.headline, lang)
	};
}

export type StoryPageData = ReturnType<typeof storyPageData>;

/** The story's page of an edition (`/`, `/en/`). */
export function storyPage(lang: Lang) {
	const story = storyIn(lang);
	return storyPageData(
		lang,
		storyMeta(story, site, lang),
		null,
		newsArticle(story, site, publisher, lang)
	);
}

/** A step's own page (`/s/<slug>/`, `/en/s/<slug>/`), or null for an unknown step. */
export function stepPage(lang: Lang, slug: string) {
	const story = storyIn(lang);
	const step = story.steps.find((s) => s.slug === slug);
	if (!step) return null;
	return storyPageData(lang, stepMeta(story, step, site, wordsFor(lang)), step.slug);
}

/** The story for iframes (`/embed/`, `/en/embed/`): not indexed, driven by its host. */
export function embedPage(lang: Lang) {
	return storyPageData(lang, storyMeta(storyIn(lang), site, lang), null, undefined, {
		allowedOrigins: embedAllowedOrigins
	});
}
