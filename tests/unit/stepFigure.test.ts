import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n';
import { cardPng } from '$lib/server/render/shareCard';
import { graphicInput } from '$lib/server/render/images';
import { SOURCE_LINES } from '$lib/server/render/sourceLines';
import { figureSvg } from '$lib/server/render/stepFigure';
import { storyIn } from '$lib/server/load/story';
import { FIGURE } from '$lib/share/site';
import { labelBoxes } from '../helpers/svgLabels';

/** UPDATE_SNAPSHOTS=1 writes the figures anew; review them (they are SVG) before committing. */
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

describe.each(LANGS)('the %s static figures', (lang) => {
	const story = storyIn(lang);
	const input = graphicInput(lang);
	const figures = story.steps.map((step) => ({
		slug: step.slug,
		step,
		svg: figureSvg(step, input)
	}));

	it.each(figures)('$slug is the committed snapshot (tests/snapshots/…)', ({ slug, svg }) => {
		const file = `tests/snapshots/${lang}/${slug}.svg`;
		if (UPDATE || !existsSync(file)) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, svg);
			if (!UPDATE) throw new Error(`${file} was missing: written, review and commit it`);
		}
		expect(svg, `${file} differs: UPDATE_SNAPSHOTS=1 after reviewing the change`).toBe(
			readFileSync(file, 'utf8')
		);
	});

	it.each(figures)('$slug is deterministic', ({ step, svg }) => {
		expect(figureSvg(step, graphicInput(lang))).toBe(svg);
	});

	it.each(figures)('$slug carries its source line and its title', ({ step, svg }) => {
		const texts = labelBoxes(svg).map((b) => b.text);
		const source = SOURCE_LINES[lang][step.state.view];
		expect(texts.join(' ')).toContain(source);
	});

	it.each(figures)('$slug: every label lies inside the figure', ({ svg }) => {
		const outside = labelBoxes(svg).filter(
			(b) => b.left < 0 || b.right > FIGURE.width || b.top < 0 || b.bottom > FIGURE.height
		);
		expect(outside).toEqual([]);
	});

	it.each(figures)('$slug: no two labels overlap', ({ svg }) => {
		const boxes = labelBoxes(svg);
		const overlapping = boxes.flatMap((a, i) =>
			boxes
				.slice(i + 1)
				.filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
				.map((b) => `${a.text} × ${b.text}`)
		);
		expect(overlapping).toEqual([]);
	});

	it.each(figures)('$slug needs no CSS variable and styles every class it uses', ({ svg }) => {
		expect(svg).not.toContain('var(');
		const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
		for (const [, scope] of svg.matchAll(/class="[^"]*\b(svelte-\w+)/g))
			expect(style, `${scope} has rules`).toContain(`.${scope}`);
	});

	it.each(figures.filter((f) => f.step.state.view === 'troops'))(
		'$slug draws the page’s troop chart for the step, one sheet per layer',
		({ svg }) => {
			expect(svg).toMatch(/<svg class="sheet svelte-\w+"/);
			expect(svg).not.toMatch(/class="sheet[^"]*parked/);
		}
	);

	it.each(figures)('$slug rasterizes', ({ svg }) => {
		expect(cardPng(svg).length).toBeGreaterThan(1000);
	});
});

it('the page’s <img> tags of the figures have the figures’ size', () => {
	const card = readFileSync('src/lib/components/StepCard.svelte', 'utf8');
	const sizes = [...card.matchAll(/width="(\d+)"\s+height="(\d+)"/g)].map((m) => [+m[1]!, +m[2]!]);
	expect(sizes).toEqual([
		[FIGURE.width, FIGURE.height],
		[FIGURE.width, FIGURE.height]
	]);
});
