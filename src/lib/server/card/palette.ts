/** The page's colours (src/styles/global.css), written out: the rasterizer reads no CSS variables. */
export const palette = {
	paper: '#f7f4ee',
	panel: '#ebe5da',
	ink: '#1b1d1f',
	muted: '#54585c',
	rule: '#cfc8bb',
	troops: '#24557f',
	attack: '#b03a17',
	attackTint: '#f3cbbd',
	land: '#ffffff',
	border: '#9a9184',
	neighbour: '#e4ddd0',
	neighbourEdge: '#c2b9aa',
	others: '#7d7569'
} as const;

/** The page's fonts, with fallbacks for SVG files shown as images (no web fonts there). */
export const fonts = {
	sans: "'Source Sans 3', 'Helvetica Neue', Arial, sans-serif",
	serif: "'Source Serif 4', Georgia, serif"
} as const;
