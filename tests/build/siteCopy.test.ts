import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsFrom } from '$lib/checks/facts';
import { formatSlips, markupSlips } from '$lib/checks/markupSlips';

/** Every page and SVG of the build, the scripts' folder apart. */
const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : files(path);
		return /\.(html|svg)$/.test(entry.name) ? [path] : [];
	});

const facts = factsFrom({
	troops: readFileSync('data/sources/troops_us.csv', 'utf8'),
	nato: readFileSync('data/sources/nato_resolute_support.csv', 'utf8'),
	figures: readFileSync('data/sources/figures.csv', 'utf8')
});
const built = files('build');
const editions = [
	{ lang: 'fr' as const, files: built.filter((f) => !f.startsWith(join('build', 'en'))) },
	{ lang: 'en' as const, files: built.filter((f) => f.startsWith(join('build', 'en'))) }
];

describe.each(editions)('the built $lang edition', ({ lang, files }) => {
	it('has every page, step page, figure and embed to check', () => {
		const paths = files.map((f) => f.replaceAll('\\', '/'));
		expect(paths.filter((f) => /\/s\/[^/]+\/index\.html$/.test(f))).toHaveLength(12);
		expect(paths.filter((f) => /\/figures\/[^/]+\.svg$/.test(f))).toHaveLength(12);
		expect(paths.some((f) => /embed\/index\.html$/.test(f))).toBe(true);
	});

	// Each string a reader sees: text, figures' SVG text, tables, alt texts, ARIA labels, previews.
	it.each(files)('%s keeps the house typography and sources every figure', (file) => {
		expect(formatSlips(markupSlips(readFileSync(file, 'utf8'), file, lang, facts))).toBe('');
	});
});
