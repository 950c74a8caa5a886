import { LANG_TAGS, LANGS, type Lang, type Words } from '$lib/i18n';
import type { PageStep, Step, Story } from '$lib/story/types';
import { oembedUrl } from './oembed';
import { CARD, cardUrl, stepUrl, storyUrl, type Site } from './site';

/** What a page says about itself to search engines and social networks. */
export interface PageMeta {
	title: string;
	description: string;
	/** The page's own absolute address. */
	url: string;
	/** The story's address: every step page points to it as the canonical one. */
	canonical: string;
	image: { url: string; width: number; height: number; alt: string };
	/** Open Graph locale of the page, and of the other editions. */
	locale: string;
	alternateLocales: string[];
	/** The same page in every edition, for `hreflang` links (the French one is also `x-default`). */
	alternates: { lang: Lang; href: string }[];
	/** The page's oEmbed file, for CMSs that embed a pasted link. */
	oembed: string;
}

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.]+$/, '')}…`;
}

/** The words a step is shared with: its key figure and caption, as a sentence. */
export function stepHeadline(step: PageStep, w: Words): string {
	const figure = step.state.figure;
	const words =
		figure.kind === 'count'
			? [w.qualifiers[figure.qualifier], w.count(figure.value), step.caption]
					.filter(Boolean)
					.join(' ')
			: figure.kind === 'date'
				? `${w.day(figure.date)}${w.map.colon}${step.caption}`
				: step.caption;
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Language tags of a page and the addresses of its other editions. */
function editions(lang: Lang, urlIn: (lang: Lang) => string) {
	return {
		locale: LANG_TAGS[lang].og,
		alternateLocales: LANGS.filter((l) => l !== lang).map((l) => LANG_TAGS[l].og),
		alternates: LANGS.map((l) => ({ lang: l, href: urlIn(l) }))
	};
}

export function storyMeta(story: Story, site: Site, lang: Lang): PageMeta {
	return {
		title: story.headline,
		description: story.dek,
		url: storyUrl(site, lang),
		canonical: storyUrl(site, lang),
		image: { url: cardUrl(site, null, lang), ...CARD, alt: story.headline },
		...editions(lang, (l) => storyUrl(site, l)),
		oembed: oembedUrl(site, null, lang)
	};
}

export function stepMeta(story: Story, step: Step, site: Site, w: Words): PageMeta {
	return {
		title: `${stepHeadline(step, w)} | ${story.headline}`,
		description: truncate(step.text, 200),
		url: stepUrl(site, step.slug, w.lang),
		canonical: storyUrl(site, w.lang),
		image: { url: cardUrl(site, step.slug, w.lang), ...CARD, alt: step.alt },
		...editions(w.lang, (l) => stepUrl(site, step.slug, l)),
		oembed: oembedUrl(site, step.slug, w.lang)
	};
}

/** schema.org NewsArticle for the story page. */
export function newsArticle(
	story: Story,
	site: Site,
	publisher: { name: string; url: string },
	lang: Lang
) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: story.headline,
		description: story.dek,
		datePublished: story.published,
		inLanguage: LANG_TAGS[lang].bcp47,
		url: storyUrl(site, lang),
		mainEntityOfPage: storyUrl(site, lang),
		image: [cardUrl(site, null, lang)],
		author: { '@type': 'Organization', name: story.byline },
		publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url }
	};
}

/** JSON for an inline <script>: `<` escaped so no text can close the element. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The structured data as the <script> element that carries it. */
export const jsonLdScript = (value: unknown) =>
	`<script type="application/ld+json">${jsonForScript(value)}</script>`;
