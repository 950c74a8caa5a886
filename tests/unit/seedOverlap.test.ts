import { readFileSync, readdirSync } from 'node:fs';
import archieml from 'archieml';
import { describe, expect, it } from 'vitest';
import { sharedRuns } from '$lib/checks/sharedRuns';

const SEEDS = '/work/shared/seeds';
const seed = readdirSync(SEEDS)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(`${SEEDS}/${f}`, 'utf8'))
	.join('\n');

type Raw = {
	headline: string;
	dek: string;
	steps: { slug: string; caption: string; text: string; alt: string }[];
	method: string[];
};
const copy = archieml.load(readFileSync('data/copy/fr.aml', 'utf8')) as Raw;

describe('sharedRuns', () => {
	const seedLine =
		'les insurgés islamistes ont lancé, lundi, de nombreuses attaques simultanées dans la province du Helmand';
	it.each([
		['de nombreuses attaques simultanées dans la province du Helmand', 3],
		['De nombreuses attaques simultanées, dans la province du Helmand !', 3],
		['Les insurgés islamistes ont lancé, lundi, de nombreuses', 2],
		['une série d’attaques au même moment dans le Helmand', 0],
		['attaques simultanées dans la province', 0]
	])('%j shares %i run(s) of seven words', (text, count) => {
		expect(sharedRuns(text, seedLine)).toHaveLength(count);
	});
});

describe('the French copy, against the seed article', () => {
	const lines = [
		['headline', copy.headline],
		['dek', copy.dek],
		...copy.steps.flatMap((s) => [
			[`${s.slug} caption`, s.caption],
			[`${s.slug} text`, s.text],
			[`${s.slug} alt`, s.alt]
		]),
		...copy.method.map((m, i) => [`method ${i + 1}`, m])
	] as [string, string][];

	it.each(lines)('%s shares no run of seven words with it', (_, text) => {
		expect(sharedRuns(text, seed)).toEqual([]);
	});
});
