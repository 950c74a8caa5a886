import { CARD, cardUrl, stepUrl, storyUrl, type Site } from './site';
import { formatCount, formatDay } from '$lib/format/fr';
import { frenchTypography } from '$lib/format/typography';
import { qualifierWords } from '$lib/graphics/labels';
import type { Step, Story } from '$lib/story/types';

/** What a page says about itself to search engines and social networks. */
export interface PageMeta {
	title: string;
	description: string;
	/** The page's own absolute address. */
	url: string;
	/** The story's address: every step page points to it as the canonical one. */
	canonical: string;
	image: { url: string; width: number; height: number; alt: string };
	locale: 'fr_FR';
}

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.]+$/, '')}…`;
}

/** The words a step is shared with: its key figure and caption, as a sentence. */
export function stepHeadline(step: Step): string {
	const figure = step.state.figure;
	const words =
		figure.kind === 'count'
			? [qualifierWords[figure.qualifier], formatCount(figure.value), step.caption]
					.filter(Boolean)
					.join(' ')
			: figure.kind === 'date'
				? frenchTypography(`${formatDay(figure.date)} : ${step.caption}`)
				: step.caption;
	return words.charAt(0).toUpperCase() + words.slice(1);
}

export function storyMeta(story: Story, site: Site): PageMeta {
	return {
		title: story.headline,
		description: story.dek,
		url: storyUrl(site),
		canonical: storyUrl(site),
		image: { url: cardUrl(site, null), ...CARD, alt: story.headline },
		locale: 'fr_FR'
	};
}

export function stepMeta(story: Story, step: Step, site: Site): PageMeta {
	return {
		title: `${stepHeadline(step)} | ${story.headline}`,
		description: truncate(step.text, 200),
		url: stepUrl(site, step.slug),
		canonical: storyUrl(site),
		image: { url: cardUrl(site, step.slug), ...CARD, alt: step.alt },
		locale: 'fr_FR'
	};
}

/** schema.org NewsArticle for the story page. */
export function newsArticle(story: Story, site: Site, publisher: { name: string; url: string }) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: story.headline,
		description: story.dek,
		datePublished: story.published,
		inLanguage: 'fr-FR',
		url: storyUrl(site),
		mainEntityOfPage: storyUrl(site),
		image: [cardUrl(site, null)],
		author: { '@type': 'Organization', name: story.byline },
		publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url }
	};
}

/** JSON for an inline <script>: `<` escaped so no text can close the element. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The structured data as the <script> element that carries it. */
export const jsonLdScript = (value: unknown) =>
	`<script type="application/ld+json">${jsonForScript(value)}</script>`;
