/**
 * The story's colours, light and dark: the one place they are written. The page's CSS custom
 * properties are generated from here (`paletteCss`, served as `virtual:palette.css` by the Vite
 * plugin in vite.config.ts), and the server's figures and share cards read the resolved colours
 * (the rasterizer, resvg, reads no `var()`).
 *
 * Plain data, no imports: vite.config.ts loads it before any alias exists.
 */

/** The colours of one theme, by name (`attackTint` is the CSS property `--attack-tint`). */
export interface Palette {
	/** The page's background. */
	paper: string;
	/** The graphic's background. */
	panel: string;
	/** The step cards' background. */
	card: string;
	/** Body text. */
	ink: string;
	/** Secondary text: axes, notes, sources. */
	muted: string;
	/** Grid lines and dividers. */
	rule: string;
	/** US troops. */
	troops: string;
	/** Attacks, the deadline. */
	attack: string;
	/** The keyboard focus ring. */
	focus: string;
	/** Provinces named by the Defence Ministry (a tint of `attack`, under hatching). */
	attackTint: string;
	/** Afghanistan's provinces. */
	mapLand: string;
	/** The halo behind map labels. */
	mapHalo: string;
	/** Province borders. */
	mapBorder: string;
	/** Neighbouring countries. */
	mapNeighbour: string;
	/** Neighbouring countries' borders. */
	mapNeighbourEdge: string;
	/** NATO allies, former deadlines. */
	ally: string;
}

export type Colour = keyof Palette;
export type Theme = 'light' | 'dark';

export const palettes: Record<Theme, Palette> = {
	light: {
		paper: '#f7f4ee',
		panel: '#ebe5da',
		card: '#ffffff',
		ink: '#1b1d1f',
		muted: '#54585c',
		rule: '#cfc8bb',
		troops: '#24557f',
		attack: '#b03a17',
		focus: '#1f6fd1',
		attackTint: '#f3cbbd',
		mapLand: '#ffffff',
		mapHalo: '#ffffff',
		mapBorder: '#9a9184',
		mapNeighbour: '#e4ddd0',
		mapNeighbourEdge: '#c2b9aa',
		ally: '#7d7569'
	},
	dark: {
		paper: '#141619',
		panel: '#1d2024',
		card: '#23272b',
		ink: '#ecebe7',
		muted: '#b0b4b8',
		rule: '#3d4248',
		troops: '#8cb8e0',
		attack: '#ff8c66',
		focus: '#7fb2ff',
		attackTint: '#5c2a1b',
		mapLand: '#363b42',
		mapHalo: '#363b42',
		mapBorder: '#8a9098',
		mapNeighbour: '#1a1d20',
		mapNeighbourEdge: '#3a3f45',
		ally: '#9a948a'
	}
};

/**
 * The pairs the story sets one colour on the other, and the contrast each must reach (WCAG):
 * 4.5:1 for text, 3:1 for marks that carry meaning. A unit test holds both themes to them.
 */
export const CONTRAST_PAIRS: { fg: Colour; bg: Colour; min: 4.5 | 3; use: string }[] = [
	{ fg: 'ink', bg: 'paper', min: 4.5, use: 'body text' },
	{ fg: 'ink', bg: 'panel', min: 4.5, use: 'chart labels' },
	{ fg: 'ink', bg: 'card', min: 4.5, use: 'step cards' },
	{ fg: 'ink', bg: 'mapLand', min: 4.5, use: 'place names' },
	{ fg: 'ink', bg: 'mapHalo', min: 4.5, use: 'place names on their halo' },
	{ fg: 'muted', bg: 'paper', min: 4.5, use: 'sources, share-card footers' },
	{ fg: 'muted', bg: 'panel', min: 4.5, use: 'axes and notes' },
	{ fg: 'muted', bg: 'card', min: 4.5, use: 'step counters' },
	{ fg: 'troops', bg: 'panel', min: 4.5, use: 'troop figures and labels' },
	{ fg: 'troops', bg: 'card', min: 4.5, use: 'key figures on cards' },
	{ fg: 'troops', bg: 'paper', min: 4.5, use: 'key figures on share cards' },
	{ fg: 'attack', bg: 'panel', min: 4.5, use: 'deadline labels' },
	{ fg: 'attack', bg: 'card', min: 4.5, use: 'key dates on cards' },
	{ fg: 'attack', bg: 'paper', min: 4.5, use: 'key dates and kicker on share cards' },
	{ fg: 'troops', bg: 'panel', min: 3, use: 'troop line and unit marks' },
	{ fg: 'ally', bg: 'panel', min: 3, use: 'allies’ unit marks' },
	{ fg: 'attack', bg: 'mapLand', min: 3, use: 'attacked provinces' },
	{ fg: 'attack', bg: 'panel', min: 3, use: 'deadline marker' },
	{ fg: 'ink', bg: 'mapNeighbour', min: 3, use: 'Afghanistan’s outline' },
	{ fg: 'focus', bg: 'paper', min: 3, use: 'focus ring' },
	{ fg: 'focus', bg: 'card', min: 3, use: 'focus ring on cards' }
];

/** `attackTint` → `attack-tint`: the CSS custom property of a colour, without its `--`. */
export const cssName = (colour: string) => colour.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const declarations = (palette: Palette, indent: string) =>
	Object.entries(palette)
		.map(([colour, value]) => `${indent}--${cssName(colour)}: ${value};`)
		.join('\n');

/** Print is light in every theme, on white paper (no theme prints on a tinted background). */
export const printPalette: Palette = { ...palettes.light, paper: '#ffffff', card: '#ffffff' };

/**
 * The colour custom properties of both themes, as CSS: light by default, dark when the system
 * asks for it (unless `?theme=light` set `data-theme`), or when `?theme=dark` set it; and print's,
 * over any theme (`:root:root` outranks the dark blocks, and its light colour scheme keeps the
 * figures light too: an <img> of an SVG takes the page's colour scheme).
 * @example paletteCss().startsWith(':root {\n\t--paper: #f7f4ee;') // true
 */
export function paletteCss(): string {
	const { light, dark } = palettes;
	return [
		`:root {\n${declarations(light, '\t')}\n\tcolor-scheme: light;\n}`,
		`@media (prefers-color-scheme: dark) {\n\t:root:not([data-theme='light']) {\n${declarations(dark, '\t\t')}\n\t\tcolor-scheme: dark;\n\t}\n}`,
		`:root[data-theme='dark'] {\n${declarations(dark, '\t')}\n\tcolor-scheme: dark;\n}`,
		`@media print {\n\t:root:root {\n${declarations(printPalette, '\t\t')}\n\t\tcolor-scheme: light;\n\t}\n}`
	].join('\n');
}
