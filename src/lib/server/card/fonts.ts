/** The page's fonts, with fallbacks for SVG files shown as images (no web fonts there). */
export const fonts = {
	sans: "'Source Sans 3', 'Helvetica Neue', Arial, sans-serif",
	serif: "'Source Serif 4', Georgia, serif"
} as const;
