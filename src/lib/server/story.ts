import frCopy from '$data/copy/fr.aml?raw';
import { parseCopy } from '$lib/story/copy';
import { buildStory } from '$lib/story/story';
import { slugs, storyStates } from '$lib/story/steps';

/** The French story, parsed and validated at build time (a bad copy file fails the build). */
export const story = buildStory(parseCopy(frCopy, 'data/copy/fr.aml', slugs), storyStates);
