import { describe, expect, it } from 'vitest';
import {
	cardUrl,
	DEFAULT_ORIGIN,
	publicSite,
	shareLinks,
	stepUrl,
	storyUrl
} from '$lib/share/site';

describe('publicSite', () => {
	it.each([
		[undefined, undefined, { origin: DEFAULT_ORIGIN, base: '' }],
		['https://news.example/', '', { origin: 'https://news.example', base: '' }],
		[
			'https://news.example',
			'/interactive/story',
			{ origin: 'https://news.example', base: '/interactive/story' }
		],
		['http://localhost:4173', undefined, { origin: 'http://localhost:4173', base: '' }]
	])('%s + %s', (origin, base, expected) => {
		expect(publicSite(origin, base)).toEqual(expected);
	});

	it.each([
		['news.example', '', 'PUBLIC_ORIGIN must be an absolute URL'],
		['https://news.example/story', '', 'PUBLIC_ORIGIN must be a scheme and a host only'],
		['ftp://news.example', '', 'PUBLIC_ORIGIN must be a scheme and a host only'],
		['https://news.example', 'story', 'BASE_PATH must start with "/"'],
		['https://news.example', '/story/', 'BASE_PATH must start with "/"']
	])('refuses %s + %s', (origin, base, message) => {
		expect(() => publicSite(origin, base)).toThrow(message);
	});
});

describe('absolute URLs', () => {
	const site = { origin: 'https://news.example', base: '/afghanistan' };
	it('builds the story, step and card addresses from the origin and the base path', () => {
		expect(storyUrl(site)).toBe('https://news.example/afghanistan/');
		expect(stepUrl(site, 'six-provinces')).toBe(
			'https://news.example/afghanistan/s/six-provinces/'
		);
		expect(cardUrl(site, 'helmand')).toBe('https://news.example/afghanistan/partage/helmand.png');
		expect(cardUrl(site, null)).toBe('https://news.example/afghanistan/partage/recit.png');
	});
});

describe('shareLinks', () => {
	const url = 'https://news.example/s/helmand/?a=1&b=2';
	const text = 'Afghanistan : « 3 mai » & après';
	const links = Object.fromEntries(shareLinks(url, text).map((l) => [l.network, new URL(l.href)]));

	it('offers the six networks, each a plain link', () => {
		expect(Object.keys(links)).toEqual([
			'x',
			'facebook',
			'linkedin',
			'whatsapp',
			'bluesky',
			'email'
		]);
	});

	it('encodes the URL and the words so that each network reads them back intact', () => {
		expect(links.x!.searchParams.get('url')).toBe(url);
		expect(links.x!.searchParams.get('text')).toBe(text);
		expect(links.facebook!.searchParams.get('u')).toBe(url);
		expect(links.linkedin!.searchParams.get('url')).toBe(url);
		expect(links.whatsapp!.searchParams.get('text')).toBe(`${text} ${url}`);
		expect(links.bluesky!.searchParams.get('text')).toBe(`${text} ${url}`);
		const mail = links.email!;
		expect(mail.protocol).toBe('mailto:');
		expect(decodeURIComponent(/subject=([^&]*)/.exec(mail.href)![1]!)).toBe(text);
		expect(decodeURIComponent(/body=([^&]*)/.exec(mail.href)![1]!)).toBe(`${text}\n\n${url}`);
	});
});
