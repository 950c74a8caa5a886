import { citation } from '$lib/format/citation';
import { LANGS, type Lang } from '$lib/i18n';
import { wordsFor } from '$lib/i18n/editions';
import { newsArticle, stepMeta, storyMeta } from '$lib/share/meta';
import { embedSnippet } from '$lib/share/embed';
import { dataTable } from '$lib/graphics/dataTable';
import type { Site } from '$lib/share/site';
import type { PageStep, Story } from '$lib/story/types';
import { downloadLinks } from '../render/downloads';
import { mapCredits, mapData } from './mapData';
import { embedAllowedOrigins, publisher, site } from './site';
import { storyIn } from './story';
import { troopData } from './troopData';

/** What the browser uses of the story: its header's words and each step's picture and caption. */
function pageStory({ headline, dek, kicker, published, byline, steps }: Story) {
	return {
		headline,
		dek,
		kicker,
		published,
		byline,
		steps: steps.map(({ slug, caption, index, state }): PageStep => ({
			slug,
			caption,
			index,
			state
		}))
	};
}

/**
 * What the story page's code needs, in every edition, on the story's page, on every step's page
 * and in the embed. SvelteKit writes it into the page for the browser: what only the prerendered
 * HTML shows is in `prerenderedParts`.
 */
function storyPageData(lang: Lang, openAt: string | null, embed?: { allowedOrigins: string[] }) {
	const story = storyIn(lang);
	// The charts' sources are cited in the prerendered page only (`prerenderedParts`).
	const { sources, ...troops } = troopData(story.published);
	return {
		lang,
		/** The other editions, for the language switch (in their own language). */
		editions: LANGS.filter((l) => l !== lang).map((l) => ({
			lang: l,
			label: wordsFor(l).readIn,
			name: wordsFor(l).languageName
		})),
		story: pageStory(story),
		troops,
		map: mapData(lang),
		site: site as Site,
		/** The step a step page opens on (null: the story's start, or the URL hash). */
		openAt,
		/** Set on the embed page: the parent origins allowed to drive it (empty: any). */
		embed: embed ?? null,
		embedSnippet: embedSnippet(site, story.headline, lang)
	};
}

export type StoryPageData = ReturnType<typeof storyPageData>;

/**
 * What the story page shows only in its prerendered HTML, where hydration leaves it alone: its
 * head's tags, the steps' text and data tables, the sources. Added at build time by the pages'
 * universal load (`$lib/framework/prerenderedParts`), never sent to the browser as data.
 */
export function prerenderedParts({ lang, openAt, embed }: StoryPageData) {
	const story = storyIn(lang);
	const troops = troopData(story.published);
	const map = mapData(lang);
	const w = wordsFor(lang);
	// Written out here: the glosses and the titles' languages stay out of the browser's code.
	const cite = (list: { publisher: string; title: string; date: string; url: string }[]) =>
		list.map((source) => ({ ...citation(source, w), url: source.url }));
	const step = story.steps.find((s) => s.slug === openAt);
	return {
		meta: step ? stepMeta(story, step, site, w) : storyMeta(story, site, lang),
		/** schema.org data: the story's own page only. */
		jsonLd: step || embed ? undefined : newsArticle(story, site, publisher, lang),
		/** Each step's text, its graphic's text alternative and its data table, by slug. */
		steps: Object.fromEntries(
			story.steps.map(({ slug, text, alt, state }) => [
				slug,
				{ text, alt, table: dataTable(state, troops, map, w) }
			])
		),
		/** The « Sources et méthode » section's props. */
		sources: {
			method: story.method,
			sources: cite(story.sources),
			chartSources: cite(troops.sources),
			mapSources: cite(mapCredits(lang)),
			downloads: downloadLinks(lang)
		}
	};
}

export type PrerenderedParts = ReturnType<typeof prerenderedParts>;

/** The story's page of an edition (`/`, `/en/`). */
export const storyPage = (lang: Lang) => storyPageData(lang, null);

/** A step's own page (`/s/<slug>/`, `/en/s/<slug>/`), or null for an unknown step. */
export const stepPage = (lang: Lang, slug: string) =>
	storyIn(lang).steps.some((s) => s.slug === slug) ? storyPageData(lang, slug) : null;

/** The story for iframes (`/embed/`, `/en/embed/`): not indexed, driven by its host. */
export const embedPage = (lang: Lang) =>
	storyPageData(lang, null, { allowedOrigins: embedAllowedOrigins });
