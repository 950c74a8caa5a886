import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCopy } from '$lib/story/copy';
import { SourceFileError } from '$lib/sourceFileError';
import { slugs } from '$lib/story/steps';

const fixture = (name: string) => {
	const file = `tests/fixtures/copy/${name}.aml`;
	return { file, text: readFileSync(file, 'utf8') };
};
const fixtureSlugs = ['un', 'deux'];

describe('parseCopy', () => {
	it('parses a valid file and applies French typography', () => {
		const { file, text } = fixture('valid');
		const copy = parseCopy(text, file, fixtureSlugs);
		expect(copy.steps.map((s) => s.slug)).toEqual(fixtureSlugs);
		expect(copy.steps[0]!.text).toBe('Le texte de l’étape un\u00a0: 2\u202f500 soldats\u202f?');
		expect(copy.published).toBe('2021-05-04');
		expect(copy.sources).toHaveLength(1);
	});

	it.each([
		['missing-field', 13, 'step 2 `alt` is missing'],
		['duplicate-slug', 13, 'duplicate slug "un" (also at line 8)'],
		['unknown-slug', 13, 'unknown slug "trois"'],
		['missing-step', 7, 'missing step "deux"'],
		['wrong-order', 8, 'step 1 is "deux" but the story expects "un" here'],
		['unclosed', 18, '[method] opens before [steps] (line 7) is closed with []'],
		['typo-field', 10, 'unknown field `txt` (typo?)'],
		['too-long', 15, 'step 2 `text` has 81 words, more than 70'],
		['bad-date', 4, '`published` must be a date written YYYY-MM-DD'],
		['bad-url', 27, 'source 1 `url` must be a full URL'],
		['bad-slug', 13, 'step 2 `slug` must be lowercase letters, digits and hyphens'],
		['missing-headline', 1, '`headline` is missing'],
		['empty-text', 10, 'step 1 `text` must not be empty']
	])('%s.aml fails at line %i: %s', (name, line, reason) => {
		const { file, text } = fixture(name);
		let error: unknown;
		try {
			parseCopy(text, file, fixtureSlugs);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(SourceFileError);
		const { message } = error as SourceFileError;
		expect(message).toContain(`${file}, line ${line}: `);
		expect(message).toContain(reason);
	});

	it('parses the real French copy against the story definition', () => {
		const file = 'data/copy/fr.aml';
		const copy = parseCopy(readFileSync(file, 'utf8'), file, slugs);
		expect(copy.steps.map((s) => s.slug)).toEqual(slugs);
		for (const step of copy.steps) {
			expect(step.text).not.toMatch(/ [;:!?»]|« /); // typography applied
		}
		for (const source of copy.sources) expect(source.url).toMatch(/^https?:\/\//);
	});
});
