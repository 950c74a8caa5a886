import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsFrom } from '$lib/checks/facts';
import { formatSlips, markupSlips } from '$lib/checks/markupSlips';
import { LANGS } from '$lib/i18n';
import { cardSvg } from '$lib/server/render/shareCard';
import { figureSvg } from '$lib/server/render/stepFigure';
import { graphicInput } from '$lib/server/render/images';
import { storyIn } from '$lib/server/load/story';

const facts = factsFrom({
	troops: readFileSync('data/sources/troops_us.csv', 'utf8'),
	nato: readFileSync('data/sources/nato_resolute_support.csv', 'utf8'),
	figures: readFileSync('data/sources/figures.csv', 'utf8')
});

describe.each(LANGS)('%s: the share cards and figures, before they are PNGs or files', (lang) => {
	const story = storyIn(lang);
	const input = graphicInput(lang);
	const cards = [
		{ name: 'recit', svg: cardSvg({ ...input, story, step: null }) },
		...story.steps.map((step) => ({
			name: step.slug,
			svg: cardSvg({ ...input, story, step })
		}))
	];
	const figures = story.steps.map((step) => ({
		name: `figures/${step.slug}`,
		svg: figureSvg(step, input)
	}));

	it.each([...cards, ...figures])(
		'$name keeps the house typography and sources its figures',
		({ name, svg }) => {
			expect(formatSlips(markupSlips(svg, `${lang}/${name}`, lang, facts))).toBe('');
		}
	);
});
