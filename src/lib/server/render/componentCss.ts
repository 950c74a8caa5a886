import { compile } from 'svelte/compiler';
import { palettes, cssName, type Theme } from '$lib/graphics/palette';

/** The charts' and maps' component sources (the SVG they draw), as the build reads them. */
const SOURCES = import.meta.glob('/src/lib/graphics/{troops,map}/*.svelte', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The fonts the rasterizer has (cardPng), for the page's font variables. */
export const FONT_STACKS = {
	sans: "'Source Sans 3', 'Helvetica Neue', Arial, sans-serif",
	serif: "'Source Serif 4', Georgia, serif"
} as const;

let compiled: string | null = null;

/**
 * The scoped CSS of every graphics component, as the build scopes it: Svelte names a
 * component's scope after its path from the project's root (`svelte-<hash>`), so compiling the
 * same file under the same name gives the class names the rendered markup carries.
 */
export function componentCss(): string {
	compiled ??= Object.entries(SOURCES)
		.map(([path, source]) => {
			const filename = path.replace(/^\//, '');
			return compile(source, { filename, generate: 'server', css: 'external' }).css?.code ?? '';
		})
		.join('\n');
	return compiled;
}

/**
 * CSS with its custom properties written out, for a renderer that reads no `var()` (resvg):
 * the theme's colours and the font stacks the rasterizer has.
 * @example resolveVars('.a { fill: var(--troops); }', 'light') // '.a { fill: #24557f; }'
 */
export function resolveVars(css: string, theme: Theme): string {
	const values: Record<string, string> = {
		...Object.fromEntries(Object.entries(palettes[theme]).map(([k, v]) => [cssName(k), v])),
		...FONT_STACKS
	};
	return css.replace(/var\(--([\w-]+)(?:,\s*([^)]+))?\)/g, (whole, name: string, fallback) => {
		const value = values[name] ?? fallback;
		if (value === undefined) throw new Error(`componentCss: no value for ${whole}`);
		return value;
	});
}

/**
 * The colour declarations of `css`, rule by rule, with the dark theme's colours written out:
 * what a standalone figure repeats for a dark page (see `themedStyle` in stepFigure.ts).
 * @example darkColourRules('.a { fill: var(--troops); stroke-width: 2; }') // '.a{fill: #8cb8e0}'
 */
export function darkColourRules(css: string): string {
	const colours = new Set(Object.keys(palettes.dark).map(cssName));
	const rules = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)]
		.map(([, selector, body]) => {
			const declarations = body!
				.split(';')
				.map((d) => d.trim())
				.filter((d) => [...d.matchAll(/var\(--([\w-]+)/g)].some((m) => colours.has(m[1]!)));
			return declarations.length ? `${selector!.trim()}{${declarations.join(';')}}` : '';
		})
		.filter(Boolean);
	return resolveVars(rules.join('\n'), 'dark');
}
