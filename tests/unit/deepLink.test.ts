import { describe, expect, it } from 'vitest';
import { slugFromHash, slugFromQuery, urlForStep } from '$lib/engine/deepLink';

const slugs = ['retrait', 'six-provinces', 'helmand'];

describe('slugFromHash', () => {
	it.each([
		['#helmand', 'helmand'],
		['helmand', 'helmand'],
		['#six-provinces', 'six-provinces'],
		['#six%2Dprovinces', 'six-provinces'],
		['', null],
		['#', null],
		['#inconnu', null],
		['#HELMAND', null],
		['#%E0%A4%A', null],
		['#sources-et-methode', null]
	])('%j → %j', (hash, expected) => {
		expect(slugFromHash(hash, slugs)).toBe(expected);
	});
});

describe('urlForStep', () => {
	it.each([
		[{ pathname: '/', search: '' }, 'helmand', '/#helmand'],
		[
			{ pathname: '/interactive/story/', search: '?theme=dark' },
			'retrait',
			'/interactive/story/?theme=dark#retrait'
		],
		[{ pathname: '/', search: '' }, null, '/']
	])('%j + %j → %j', (location, slug, expected) => {
		expect(urlForStep(location, slug)).toBe(expected);
	});
});

describe('slugFromQuery', () => {
	it.each([
		['?etape=helmand', 'helmand'],
		['?theme=dark&etape=riposte', 'riposte'],
		['?etape=inconnue', null],
		['?etape=', null],
		['', null]
	])('%s → %s', (search, expected) => {
		expect(slugFromQuery(search, ['retrait', 'helmand', 'riposte'])).toBe(expected);
	});
});
