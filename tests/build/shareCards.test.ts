import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '$lib/i18n/editions';
import { serverAtlas } from '$lib/server/load/atlas';
import {
	cardPng,
	withoutWhere,
	cardSvg,
	CHART_SCALE,
	GRAPHIC,
	TEXT_COLUMN,
	type CardInput
} from '$lib/server/render/shareCard';
import { SOURCE_LINES } from '$lib/server/render/sourceLines';
import { chartPanel, panelSize } from '$lib/server/render/stepFigure';
import { sheetsOf } from '$lib/graphics/troops/sheets';
import { troopScene } from '$lib/graphics/troops/scene';
import { CARD } from '$lib/share/site';
import { labelBoxes } from '../helpers/svgLabels';
import { mapData } from '$lib/server/load/mapData';
import { storyIn } from '$lib/server/load/story';
import { troopData } from '$lib/server/load/troopData';
import type { Step } from '$lib/story/types';
import { palettes } from '$lib/graphics/palette';
import { EDITIONS } from '../browser/helpers/story';

/** Cards are drawn in the light theme. */
const palette = palettes.light;

/** The texts a card shows, in order: each <text>'s lines, colour and size. */
function textsOf(svg: string): { lines: string[]; fill: string; size: number }[] {
	const unescape = (s: string) =>
		s
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&');
	return [...svg.matchAll(/<text ([^>]*)>([\s\S]*?)<\/text>/g)].map(([, attrs, inner]) => {
		const attr = (name: string) => new RegExp(` ${name}="([^"]+)"`).exec(` ${attrs}`)?.[1] ?? '';
		const spans = [...inner!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
		return {
			lines: (spans.length ? spans : [inner!]).map(unescape),
			fill: attr('fill'),
			size: Number(attr('font-size'))
		};
	});
}

/** Lines that set `text` in full, or cut with an ellipsis: the words shown, in order. */
function expectShown(lines: string[], text: string, what: string) {
	const shown = lines.join(' ');
	if (shown.endsWith(' …')) expect(text, what).toContain(shown.slice(0, -2));
	else expect(shown, what).toBe(text);
}

/** The neighbour the story's provinces border, named alike in both editions (in capitals). */
const PAKISTAN = 'PAKISTAN';

/** How many times `fragment` occurs in `svg`. */
const count = (svg: string, fragment: string) => svg.split(fragment).length - 1;

describe('the cards’ rasterizer', () => {
	const selectors = [
		{
			css: '.towns.svelte-1a text:where(.svelte-1a) {',
			read: '.towns.svelte-1a text.svelte-1a {'
		},
		{ css: 'text.svelte-1a {', read: 'text.svelte-1a {' },
		{ css: 'p:where(.other) {', read: 'p:where(.other) {' }
	];
	it.each(selectors)('reads $css as $read', ({ css, read }) => {
		expect(withoutWhere(css)).toBe(read);
	});

	// The page's browser slants the upright face; the rasterizer would set italics upright.
	it('sets italics (a newspaper’s title, a province’s name) in an italic face', () => {
		const text = (style: string) =>
			cardPng(
				`<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40"><text x="10" y="30" font-family="Source Sans 3" font-size="20" font-style="${style}">New York Times</text></svg>`
			);
		expect(text('italic').equals(text('normal'))).toBe(false);
	});

	// Svelte scopes `.towns text` as `.towns.svelte-x text:where(.svelte-x)`.
	it('applies the components’ scoped descendant rules, as the page does', () => {
		const square = (css: string) =>
			cardPng(
				`<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><style>${css}</style><g class="towns svelte-x"><rect class="svelte-x" width="20" height="20"/></g></svg>`
			);
		const red = square('.towns.svelte-x rect:where(.svelte-x) { fill: #ff0000; }');
		expect(red.equals(square('rect { fill: #ff0000; }'))).toBe(true);
		expect(red.equals(square('rect { fill: #000000; }'))).toBe(false);
	});
});

describe.each(EDITIONS)('the $lang share cards', (edition) => {
	const story = storyIn(edition.lang);
	const w = wordsFor(edition.lang);
	const input: Omit<CardInput, 'step'> = {
		story,
		troops: troopData(story.published),
		atlas: serverAtlas,
		places: mapData(edition.lang).places,
		provinceNames: mapData(edition.lang).provinceNames,
		lang: edition.lang,
		w
	};
	const published = (card: string) => readFileSync(`build/${edition.path}partage/${card}.png`);

	it.each(story.steps.map((step) => [step.slug, step] as [string, Step]))(
		'%s shows the step’s number, key figure, caption, the headline and its graphic, as published',
		(_, step) => {
			const svg = cardSvg({ ...input, step });
			const texts = textsOf(svg);
			const lines = texts.flatMap((t) => t.lines);
			const accent = step.state.view === 'map' ? palette.attack : palette.troops;
			const shown = (text: string, fill: string) =>
				texts.some((t) => t.fill === fill && t.lines.join(' ') === text);
			// The qualifier and the figure are one text (« environ 100 000 »), a line each.
			const figureText = (lines: string[], fill: string) =>
				texts.some((t) => t.fill === fill && t.lines.join('\n') === lines.join('\n'));
			expect(svg).toContain(`<rect width="1200" height="630" fill="${palette.paper}"/>`);
			expect(shown(w.card.stepOf(step.index + 1, story.steps.length), palette.muted)).toBe(true);
			const figure = step.state.figure;
			if (figure.kind === 'count') {
				const qualifier = w.qualifiers[figure.qualifier];
				const lines = qualifier ? [qualifier, w.count(figure.value)] : [w.count(figure.value)];
				expect(figureText(lines, accent), 'key figure, with its qualifier').toBe(true);
			} else if (figure.kind === 'date')
				expect(shown(w.day(figure.date), accent), 'key figure').toBe(true);
			// The caption under the figure, large (and in the accent colour when there is no figure).
			const caption = texts.find((t) => t.size === (figure.kind === 'none' ? 50 : 36))!;
			expect(caption.fill).toBe(figure.kind === 'none' ? accent : palette.ink);
			expectShown(caption.lines, step.caption, 'caption');
			// The headline at the foot, in muted type.
			const foot = texts.find((t) => t.size === 21)!;
			expect(foot.fill).toBe(palette.muted);
			expectShown(foot.lines, story.headline, 'headline');
			// The chart panel is the step's picture as the page's own components draw it.
			const panel = chartPanel(step.state, input, GRAPHIC, CHART_SCALE);
			expect(svg).toContain(panel);
			if (step.state.view === 'map') {
				for (const role of ['front', 'named', 'reported'] as const)
					expect(count(panel, `class="highlight ${role} `), role).toBe(
						step.state.highlights.filter((h) => h.role === role).length
					);
				for (const key of step.state.places) {
					const place = input.places.find((p) => p.key === key)!;
					expect(lines, `${key} named on the map`).toContain(place.name);
				}
				// The whole country's view names Pakistan, which the attacked provinces border
				// (its label once fell under the scale bar's room on the card and was left out).
				if (step.state.focus === 'afghanistan') expect(lines).toContain(PAKISTAN);
			} else {
				const size = panelSize(GRAPHIC, CHART_SCALE);
				const layers = sheetsOf(troopScene(step.state, input.troops, size), size).map(
					(sheet) => sheet.layer
				);
				expect([...panel.matchAll(/data-sheet="(\w+)"/g)].map((m) => m[1])).toEqual(layers);
			}
			// A source line under the chart.
			expect(lines.join(' ')).toContain(SOURCE_LINES[edition.lang][step.state.view]);
			// Every label inside the card, the chart's in the chart panel, the words in their column.
			for (const box of labelBoxes(svg)) {
				const inChart = box.left >= GRAPHIC.x - 1 && box.top >= GRAPHIC.y - 1;
				const area = inChart
					? { left: GRAPHIC.x, right: GRAPHIC.x + GRAPHIC.width, bottom: CARD.height }
					: { left: TEXT_COLUMN.x, right: TEXT_COLUMN.x + TEXT_COLUMN.width, bottom: CARD.height };
				expect(box.left, box.text).toBeGreaterThanOrEqual(area.left - 0.5);
				expect(box.right, box.text).toBeLessThanOrEqual(area.right + 0.5);
				expect(box.top, box.text).toBeGreaterThanOrEqual(0);
				expect(box.bottom, box.text).toBeLessThanOrEqual(area.bottom);
			}
			// The published image is this drawing, rasterized.
			expect(published(step.slug).equals(cardPng(svg))).toBe(true);
		}
	);

	it('the story’s own card shows its kicker, headline and dek, as published', () => {
		const svg = cardSvg({ ...input, step: null });
		const texts = textsOf(svg);
		expect(texts).toContainEqual({
			lines: [story.kicker.toUpperCase()],
			fill: palette.attack,
			size: 24
		});
		const title = texts.find((t) => t.size === 46)!;
		expect(title.fill).toBe(palette.ink);
		expectShown(title.lines, story.headline, 'headline');
		const dek = texts.find((t) => t.size === 27)!;
		expect(dek.fill).toBe(palette.muted);
		expectShown(dek.lines, story.dek, 'dek');
		expect(texts.flatMap((t) => t.lines)).toContain(PAKISTAN);
		// The words in their column, the chart's labels in its panel.
		for (const box of labelBoxes(svg)) {
			const inChart = box.left >= GRAPHIC.x - 1;
			const [left, right] = inChart
				? [GRAPHIC.x, GRAPHIC.x + GRAPHIC.width]
				: [TEXT_COLUMN.x, TEXT_COLUMN.x + TEXT_COLUMN.width];
			expect(box.left, box.text).toBeGreaterThanOrEqual(left - 0.5);
			expect(box.right, box.text).toBeLessThanOrEqual(right + 0.5);
			expect(box.top, box.text).toBeGreaterThanOrEqual(0);
			expect(box.bottom, box.text).toBeLessThanOrEqual(CARD.height);
		}
		expect(published('recit').equals(cardPng(svg))).toBe(true);
	});
});
