import { Resvg } from '@resvg/resvg-js';
import { palettes } from '$lib/graphics/palette';
import type { Words } from '$lib/i18n';
import { CARD } from '$lib/share/site';
import type { Step, Story } from '$lib/story/types';
import { FONT_STACKS as fonts } from './componentCss';
import { chartPanel, figureStyle, sourceLine, type Box, type GraphicInput } from './stepFigure';
import { CARD_FONTS } from './cardFonts';
import { textBlock, wrapLines, xml } from './svgText';
import { textWidth } from './textWidth';

/** Cards are drawn in the light theme. */
const palette = palettes.light;

export interface CardInput extends GraphicInput {
	story: Story;
	/** The step the card previews, or null for the story's own card. */
	step: Step | null;
}

/** The graphic shown on the story's own card. */
const STORY_CARD_STEP = 'six-provinces';

/** The chart panel, right of the text column, and the source line's baseline under it. */
export const GRAPHIC: Box = { x: 630, y: 24, width: 550, height: 540 };
/** The chart is laid out as on a phone (about 390 px wide) and enlarged: a feed shows a card at
 * about 500 px wide, where the page's 12 px labels drawn 1:1 would be 5 px high. */
export const CHART_SCALE = 1.4;
const SOURCE_BOTTOM = 612;
/** The source line's type on a card: legible in a feed, two lines at most under the panel. */
const SOURCE_PX = 16;
/** The text column: every line of a card's words lies in it. */
export const TEXT_COLUMN = { x: 60, width: 530 } as const;
const TEXT_X = TEXT_COLUMN.x;
const TEXT_WIDTH = TEXT_COLUMN.width;

/** The key figure and caption of a step, set large on the left. */
function stepWords(step: Step, total: number, headline: string, w: Words): string {
	const accent = step.state.view === 'map' ? palette.attack : palette.troops;
	const figure = step.state.figure;
	const parts: string[] = [
		`<text x="${TEXT_X}" y="90" font-family="${fonts.sans}" font-weight="600" font-size="24" letter-spacing="2" fill="${palette.muted}">${xml(w.card.stepOf(step.index + 1, total))}</text>`
	];
	let y = 130;
	if (figure.kind === 'count') {
		const qualifier = w.qualifiers[figure.qualifier];
		// The qualifier and the figure are one text (« environ 100 000 ») on two lines.
		const above = qualifier
			? `<tspan x="${TEXT_X}" y="${y + 20}" font-family="${fonts.sans}" font-weight="600" font-size="32">${xml(qualifier)}</tspan>`
			: '';
		if (qualifier) y += 30;
		parts.push(
			`<text fill="${accent}">${above}<tspan x="${TEXT_X}" y="${y + 110}" font-family="${fonts.serif}" font-weight="700" font-size="128">${xml(w.count(figure.value))}</tspan></text>`
		);
		y += 140;
	} else if (figure.kind === 'date') {
		// As large as the column takes it (« 11 septembre 2021 » does not fit at 84 px).
		const day = w.day(figure.date);
		const size = Math.min(84, Math.floor(TEXT_WIDTH / textWidth(day, 1, 'serifBold')));
		parts.push(
			`<text x="${TEXT_X}" y="${y + 90}" font-family="${fonts.serif}" font-weight="700" font-size="${size}" fill="${accent}">${xml(day)}</text>`
		);
		y += 120;
	}
	const size = figure.kind === 'none' ? 50 : 36;
	const face = figure.kind === 'none' ? 'serifBold' : 'sans';
	const lines = wrapLines(step.caption, TEXT_WIDTH, size, face, figure.kind === 'none' ? 5 : 4);
	parts.push(`<rect x="${TEXT_X}" y="${y}" width="${TEXT_WIDTH}" height="5" fill="${accent}"/>`);
	parts.push(
		textBlock(
			lines,
			TEXT_X,
			y + size + 22,
			size * 1.22,
			figure.kind === 'none'
				? `font-family="${fonts.serif}" font-weight="700" font-size="${size}" fill="${accent}"`
				: `font-family="${fonts.sans}" font-size="${size}" fill="${palette.ink}"`
		)
	);
	parts.push(footer(headline));
	return parts.join('');
}

function footer(headline: string): string {
	const lines = wrapLines(headline, TEXT_WIDTH, 21, 'serif', 3);
	const attrs = `font-family="${fonts.serif}" font-size="21" fill="${palette.muted}"`;
	return textBlock(lines, TEXT_X, BOTTOM - (lines.length - 1) * 27, 27, attrs);
}

/** Baseline of the lowest line of text on a card. */
const BOTTOM = 592;

/** The story's own card: its headline and dek. */
function storyWords(story: Story): string {
	const title = wrapLines(story.headline, TEXT_WIDTH, 46, 'serifBold', 6);
	const dekTop = 160 + title.length * 54 + 24;
	const dek = wrapLines(story.dek, TEXT_WIDTH, 27, 'sans', Math.floor((BOTTOM - dekTop) / 34) + 1);
	const kicker = `<text x="${TEXT_X}" y="90" font-family="${fonts.sans}" font-weight="600" font-size="24" letter-spacing="2" fill="${palette.attack}">${xml(story.kicker.toUpperCase())}</text>`;
	return (
		kicker +
		textBlock(
			title,
			TEXT_X,
			160,
			54,
			`font-family="${fonts.serif}" font-weight="700" font-size="46" fill="${palette.ink}"`
		) +
		textBlock(
			dek,
			TEXT_X,
			dekTop,
			34,
			`font-family="${fonts.sans}" font-size="27" fill="${palette.muted}"`
		)
	);
}

/** A share card as SVG, 1200 × 630. */
export function cardSvg(input: CardInput): string {
	const { story, step } = input;
	const state = step?.state ?? story.steps.find((s) => s.slug === STORY_CARD_STEP)!.state;
	const words = step
		? stepWords(step, story.steps.length, story.headline, input.w)
		: storyWords(story);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">` +
		figureStyle() +
		`<rect width="${CARD.width}" height="${CARD.height}" fill="${palette.paper}"/>` +
		chartPanel(state, input, GRAPHIC, CHART_SCALE) +
		sourceLine(state, input.lang, GRAPHIC.x, SOURCE_BOTTOM, GRAPHIC.width, SOURCE_PX) +
		words +
		`</svg>`
	);
}

/**
 * The components' CSS as the rasterizer reads it. Svelte scopes a descendant selector's last part
 * with `:where(.svelte-x)` (`.towns.svelte-x text:where(.svelte-x)`), which the rasterizer's CSS
 * does not know: it dropped those rules, and the map's names lost their size, weight, italics and
 * colour on the cards. Without `:where()` the selector matches the same elements.
 */
export const withoutWhere = (svg: string) => svg.replace(/:where\((\.svelte-[\w-]+)\)/g, '$1');

/** Rasterizes a card to PNG, with the project's fonts only (no system fonts: same result everywhere). */
export function cardPng(svg: string): Buffer {
	const resvg = new Resvg(withoutWhere(svg), {
		font: {
			fontFiles: Object.values(CARD_FONTS),
			loadSystemFonts: false,
			defaultFontFamily: 'Source Sans 3'
		},
		fitTo: { mode: 'original' }
	});
	return resvg.render().asPng();
}
