import { readFileSync } from 'node:fs';
import archieml from 'archieml';
import { describe, expect, it } from 'vitest';
import { slugs } from '$lib/story/steps';

type Raw = {
	steps: { slug: string; text: string; alt: string; caption: string }[];
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

	/** The numbers a line states, digit groups joined (`2 448` and `2,448` are one number); the
	 * attacks' names (11-Septembre, 9/11) apart. */
	const numbers = (text: string) =>
		(text.replace(/11-Septembre|9\/11/g, '').match(/\d{1,3}(?:[ \u202f,]\d{3})+|\d+/g) ?? [])
			.map((n) => n.replace(/\D/g, ''))
			.sort();

	it.each(
		slugs.flatMap((slug) => (['text', 'alt', 'caption'] as const).map((field) => [slug, field]))
	)('step %s: the %s states the same figures and dates in both editions', (slug, field) => {
		const fr = copies.fr.steps.find((s) => s.slug === slug)!;
		const en = copies.en.steps.find((s) => s.slug === slug)!;
		expect(numbers(en[field as 'text'])).toEqual(numbers(fr[field as 'text']));
	});

	it('the method states the same figures in both editions', () => {
		expect(copies.en.method.map(numbers)).toEqual(copies.fr.method.map(numbers));
	});
});
