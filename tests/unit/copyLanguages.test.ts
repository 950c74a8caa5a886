import { readFileSync } from 'node:fs';
import archieml from 'archieml';
import { describe, expect, it } from 'vitest';
import { slugs } from '$lib/story/steps';

type Raw = {
	steps: { slug: string; text: string }[];
	method: string[];
	sources: { url: string }[];
};
const copies = {
	fr: archieml.load(readFileSync('data/copy/fr.aml', 'utf8')) as Raw,
	en: archieml.load(readFileSync('data/copy/en.aml', 'utf8')) as Raw
};

describe('the French and English copies', () => {
	it('define the same steps, in the same order, as the story', () => {
		expect(copies.fr.steps.map((s) => s.slug)).toEqual([...slugs]);
		expect(copies.en.steps.map((s) => s.slug)).toEqual([...slugs]);
	});

	it('cite the same sources and keep the same caveats', () => {
		expect(copies.en.sources.map((s) => s.url)).toEqual(copies.fr.sources.map((s) => s.url));
		expect(copies.en.method).toHaveLength(copies.fr.method.length);
	});

	it('the English copy keeps the attributions and caveats of the fact base', () => {
		const text = copies.en.steps.map((s) => s.text).join(' ');
		expect(text).toContain('The Afghan Defense Ministry said');
		expect(text).toContain('not independently verified');
		expect(text).toContain('None of the reports found named the others, at least four');
		expect(text).toContain('2,500');
	});
});
