import { render } from 'svelte/server';
import MapFigure from '$lib/graphics/map/MapFigure.svelte';
import TroopFigure from '$lib/graphics/troops/TroopFigure.svelte';
import { graphicTitle } from '$lib/graphics/labels';
import { palettes } from '$lib/graphics/palette';
import type { Atlas, MapPlace } from '$lib/data/atlas';
import type { TroopChartData } from '$lib/data/chartData';
import type { Lang, Words } from '$lib/i18n';
import { wordsContext } from '$lib/i18n/editions';
import { FIGURE } from '$lib/share/site';
import type { GraphicState, Step } from '$lib/story/types';
import { componentCss, darkColourRules, FONT_STACKS, resolveVars } from './componentCss';
import { SOURCE_LINES } from './sourceLines';
import { textBlock, wrapLines, xml } from './svgText';

/** Figures are drawn in the light theme (print, feeds, images without a page around them); a
 * figure on a screen in a dark page turns dark (`themedStyle`). */
const palette = palettes.light;

/** What the graphics of any step need, in one edition. */
export interface GraphicInput {
	troops: TroopChartData;
	atlas: Atlas;
	places: MapPlace[];
	/** Province names by ISO code, in the edition's language. */
	provinceNames: Record<string, string>;
	lang: Lang;
	/** The edition's words. */
	w: Words;
}

/** A box in an SVG, px. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Size of the source line's type, px, and its line height. */
const SOURCE_PX = 13;
const SOURCE_LINE = 17;
/** Left and right margin of a figure's title and source line, px. */
const MARGIN = 16;

/** The size the components lay a chart out at, to fill `box` once scaled by `scale`. */
export const panelSize = (box: Box, scale = 1) => ({
	width: box.width / scale,
	height: box.height / scale
});

/**
 * A step's chart in `box`, on the panel's colour, drawn by the page's own components (see
 * TroopFigure and MapFigure); `figureStyle()` gives them their styles. With `scale`, the chart is
 * laid out as on a screen `scale` times smaller and enlarged to fill the box: its type grows with it.
 */
export function chartPanel(state: GraphicState, input: GraphicInput, box: Box, scale = 1): string {
	const panel = `<rect class="fig-panel" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${palette.panel}"/>`;
	const size = panelSize(box, scale);
	const context = wordsContext(input.lang);
	const { body } =
		state.view === 'map'
			? render(MapFigure, {
					props: {
						map: state,
						atlas: input.atlas,
						places: input.places,
						provinceNames: input.provinceNames,
						size
					},
					context
				})
			: render(TroopFigure, { props: { chart: state, data: input.troops, size }, context });
	const transform = `translate(${box.x},${box.y})${scale === 1 ? '' : ` scale(${scale})`}`;
	return `${panel}<g transform="${transform}">${body}</g>`;
}

let light: string | null = null;
let themed: string | null = null;
const lightCss = () => (light ??= resolveVars(componentCss(), 'light'));

/** The `<style>` the page's chart components need, with the light theme's colours written out. */
export const figureStyle = () => `<style>${lightCss()}</style>`;

/**
 * `figureStyle()`, and the same colours in the dark theme for a screen that asks for it: a
 * figure shown as an <img> takes the colour scheme of the page around it (the no-JavaScript
 * page turns dark with the system), while print and the rasterizer (no `@media`) keep it light.
 * Written once per build.
 */
export function themedStyle(): string {
	const dark = palettes.dark;
	const own = `.fig-paper{fill:${dark.paper}}.fig-panel{fill:${dark.panel}}.fig-muted{fill:${dark.muted}}`;
	return (themed ??=
		`<style>${lightCss()}\n` +
		`@media screen and (prefers-color-scheme: dark){\n${darkColourRules(componentCss())}\n${own}}</style>`);
}

/** The source line under a chart, wrapped to `width`, its last baseline at `bottom`. */
export function sourceLine(
	state: GraphicState,
	lang: Lang,
	x: number,
	bottom: number,
	width: number,
	px = SOURCE_PX
): string {
	const text = SOURCE_LINES[lang][state.view];
	const lines = wrapLines(text, width, px, 'sans', 3);
	const leading = Math.round(px * (SOURCE_LINE / SOURCE_PX));
	const attrs = `class="source fig-muted" font-family="${FONT_STACKS.sans}" font-size="${px}" fill="${palette.muted}"`;
	return textBlock(lines, x, bottom - (lines.length - 1) * leading, leading, attrs);
}

/**
 * A step's graphic as a standalone SVG file, for readers without JavaScript and for print: the
 * graphic's title, the chart as the page draws it at that step, and its sources.
 */
export function figureSvg(step: Step, input: GraphicInput): string {
	const { width, height } = FIGURE;
	const box: Box = { x: 0, y: 48, width, height: height - 48 - 52 };
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		themedStyle() +
		`<rect class="fig-paper" width="${width}" height="${height}" fill="${palette.paper}"/>` +
		`<text class="fig-muted" x="${MARGIN}" y="30" font-family="${FONT_STACKS.sans}" font-weight="600" font-size="20" letter-spacing="1.5" fill="${palette.muted}">${xml(graphicTitle(step.state, input.w).toUpperCase())}</text>` +
		chartPanel(step.state, input, box) +
		sourceLine(step.state, input.lang, MARGIN, height - 10, width - 2 * MARGIN) +
		`</svg>`
	);
}
