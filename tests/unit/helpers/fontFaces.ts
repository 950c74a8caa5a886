import { readFileSync } from 'node:fs';

/**
 * global.css's `@font-face` rules, each as its descriptors by name (values with their white space
 * collapsed): the web fonts' faces (a `url()` source) and the fallbacks' (`local()` sources).
 */
export function globalFontFaces(): Record<string, string>[] {
	const css = readFileSync('src/styles/global.css', 'utf8');
	return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) =>
		Object.fromEntries(
			[...body!.matchAll(/([\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [
				name!,
				value!.replace(/\s+/g, ' ').trim()
			])
		)
	);
}
