import enCopy from '$data/copy/en.aml?raw';
import frCopy from '$data/copy/fr.aml?raw';
import { wordsFor, type Lang } from '$lib/i18n';
import { parseCopy } from '$lib/story/copy';
import { buildStory } from '$lib/story/story';
import { slugs, storyStates } from '$lib/story/steps';
import type { Story } from '$lib/story/types';

const copies: Record<Lang, { source: string; file: string }> = {
	fr: { source: frCopy, file: 'data/copy/fr.aml' },
	en: { source: enCopy, file: 'data/copy/en.aml' }
};

const built = new Map<Lang, Story>();

/** An edition's story, parsed and validated at build time (a bad copy file fails the build). */
export function storyIn(lang: Lang): Story {
	let story = built.get(lang);
	if (!story) {
		const { source, file } = copies[lang];
		story = buildStory(parseCopy(source, file, slugs, wordsFor(lang).typography), storyStates);
		built.set(lang, story);
	}
	return story;
}
