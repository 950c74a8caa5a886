import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	jsonForScript,
	newsArticle,
	stepHeadline,
	stepMeta,
	storyMeta,
	truncate
} from '$lib/share/meta';
import { LANGS, type Lang } from '$lib/i18n';
import { wordsFor } from '$lib/i18n/editions';
import { parseCopy } from '$lib/story/copy';
import { buildStory } from '$lib/story/story';
import { slugs, storyStates } from '$lib/story/steps';

const storyIn = (lang: Lang) =>
	buildStory(
		parseCopy(
			readFileSync(`data/copy/${lang}.aml`, 'utf8'),
			`${lang}.aml`,
			slugs,
			wordsFor(lang).typography
		),
		storyStates
	);
const story = storyIn('fr');
const fr = wordsFor('fr');
const site = { origin: 'https://news.example', base: '/afg' };
const step = (slug: string) => story.steps.find((s) => s.slug === slug)!;

describe('stepHeadline', () => {
	it.each([
		['retrait', /^2\u202f500 soldats américains/],
		['riposte', /^Environ 100 talibans tués/],
		['six-provinces', /^Au moins 6 autres provinces/],
		['helmand', /^3\u00a0mai 2021\u00a0: attaques simultanées/],
		['kaboul', /^Aucun bilan du ministère/]
	])('%s', (slug, expected) => {
		expect(stepHeadline(step(slug), fr)).toMatch(expected);
	});

	it.each([
		['retrait', /^2,500 US troops/],
		['helmand', /^May\u00a03, 2021: simultaneous Taliban attacks/]
	])('in English: %s', (slug, expected) => {
		const english = storyIn('en').steps.find((s) => s.slug === slug)!;
		expect(stepHeadline(english, wordsFor('en'))).toMatch(expected);
	});
});

describe.each(LANGS)('editions (%s)', (lang) => {
	const edition = storyIn(lang);
	const prefix = lang === 'fr' ? '' : `/${lang}`;
	const helmand = edition.steps.find((s) => s.slug === 'helmand')!;

	it('pages, cards and the article are addressed in the edition', () => {
		const meta = stepMeta(edition, helmand, site, wordsFor(lang));
		expect(meta.url).toBe(`https://news.example/afg${prefix}/s/helmand/`);
		expect(meta.canonical).toBe(`https://news.example/afg${prefix}/`);
		expect(meta.image.url).toBe(`https://news.example/afg${prefix}/partage/helmand.png`);
		expect(storyMeta(edition, site, lang).image.url).toBe(
			`https://news.example/afg${prefix}/partage/recit.png`
		);
		expect(newsArticle(edition, site, { name: 'X', url: 'https://x.example' }, lang)).toMatchObject(
			{ inLanguage: lang === 'fr' ? 'fr-FR' : 'en-US', url: `https://news.example/afg${prefix}/` }
		);
	});

	it('names every edition of the page (hreflang), French first', () => {
		expect(stepMeta(edition, helmand, site, wordsFor(lang)).alternates).toEqual([
			{ lang: 'fr', href: 'https://news.example/afg/s/helmand/' },
			{ lang: 'en', href: 'https://news.example/afg/en/s/helmand/' }
		]);
		const meta = storyMeta(edition, site, lang);
		expect(meta.locale).toBe(lang === 'fr' ? 'fr_FR' : 'en_US');
		expect(meta.alternateLocales).toEqual([lang === 'fr' ? 'en_US' : 'fr_FR']);
	});
});

describe('page meta', () => {
	it('a step page describes its step, with its own card, and points to the story as canonical', () => {
		const meta = stepMeta(story, step('helmand'), site, fr);
		expect(meta.url).toBe('https://news.example/afg/s/helmand/');
		expect(meta.canonical).toBe('https://news.example/afg/');
		expect(meta.image).toEqual({
			url: 'https://news.example/afg/partage/helmand.png',
			width: 1200,
			height: 630,
			alt: step('helmand').alt
		});
		expect(meta.description.length).toBeLessThanOrEqual(200);
		expect(meta.title).toContain(story.headline);
	});

	it('the story page has the story’s card', () => {
		expect(storyMeta(story, site, 'fr').image.url).toBe(
			'https://news.example/afg/partage/recit.png'
		);
	});

	it('truncates at a word, with an ellipsis', () => {
		expect(truncate('un deux trois quatre', 12)).toBe('un deux…');
		expect(truncate('court', 12)).toBe('court');
	});
});

describe('NewsArticle', () => {
	it('gives the headline, date, language, image and publisher', () => {
		const data = newsArticle(
			story,
			site,
			{ name: 'Le Journal', url: 'https://news.example' },
			'fr'
		);
		expect(data).toMatchObject({
			'@type': 'NewsArticle',
			headline: story.headline,
			datePublished: '2021-05-04',
			inLanguage: 'fr-FR',
			image: ['https://news.example/afg/partage/recit.png'],
			publisher: { '@type': 'Organization', name: 'Le Journal' }
		});
	});

	it('cannot close its <script> element', () => {
		expect(jsonForScript({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
		expect(JSON.parse(jsonForScript({ a: '</script>' }))).toEqual({ a: '</script>' });
	});
});
