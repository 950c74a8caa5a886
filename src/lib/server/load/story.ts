import { error } from '@sveltejs/kit';
import enCopy from '$data/copy/en.aml?raw';
import frCopy from '$data/copy/fr.aml?raw';
import type { Lang } from '$lib/i18n';
import { wordsFor } from '$lib/i18n/editions';
import { parseCopy } from '$lib/story/copy';
import { buildStory } from '$lib/story/story';
import { slugs, storyStates } from '$lib/story/steps';
import type { Step, Story } from '$lib/story/types';

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

/** The name the whole story's own files go by (`partage/recit.png`, `oembed/recit.json`). */
export const STORY_FILE = 'recit';

/** The names of an edition's per-page files: the story's, then one per step. */
export const storyFileNames = (lang: Lang): string[] => [
	STORY_FILE,
	...storyIn(lang).steps.map((s) => s.slug)
];

/** The story and the step a per-page file is named after (null: the story's own); a 404 otherwise. */
export function storyFile(lang: Lang, name: string): { story: Story; step: Step | null } {
	const story = storyIn(lang);
	const step = story.steps.find((s) => s.slug === name) ?? null;
	if (!step && name !== STORY_FILE) error(404, wordsFor(lang).page.unknownStep);
	return { story, step };
}
