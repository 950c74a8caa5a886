import { describe, expect, it } from 'vitest';
import {
	CACHE,
	netlifyHeaders,
	nginxSnippet,
	typeOf,
	type Build
} from '../../scripts/publish/headerRules';
import { pageCsp } from '../../scripts/publish/pageCsp';

const build = (base: string): Build => ({
	base,
	files: [
		'index.html',
		'embed.js',
		'sitemap.xml',
		'_app/version.json',
		'_app/immutable/entry/start.A1.js',
		'_app/immutable/assets/font.B2.woff2',
		'_app/immutable/assets/page.C3.css',
		'donnees/a.csv',
		'donnees/b.csv',
		'oembed/recit.json',
		'partage/recit.png',
		's/helmand/index.html',
		's/helmand/__data.json'
	],
	pages: [
		{ file: 'index.html', csp: "script-src 'self' 'sha256-root'" },
		{ file: 's/helmand/index.html', csp: "script-src 'self' 'sha256-step'" }
	]
});

/** `_headers` as rules: path → headers. */
const parse = (text: string) =>
	text
		.split('\n\n')
		.slice(1)
		.map((block) => {
			const [path, ...headers] = block.trim().split('\n');
			return {
				path: path!,
				headers: headers.map((h) => h.trim().split(': ', 2) as [string, string])
			};
		});

describe('netlifyHeaders', () => {
	it.each(['', '/interactive/story'])(
		'base "%s": no header twice on a path, each page its own CSP',
		(base) => {
			const rules = parse(netlifyHeaders(build(base)));
			const get = (path: string, name: string) =>
				rules
					.filter(
						(r) => r.path === path || (r.path.endsWith('*') && path.startsWith(r.path.slice(0, -1)))
					)
					.flatMap((r) => r.headers.filter(([n]) => n === name).map(([, v]) => v));
			expect(get(`${base}/`, 'Content-Security-Policy')).toEqual([
				"script-src 'self' 'sha256-root'"
			]);
			expect(get(`${base}/s/helmand/`, 'Content-Security-Policy')).toEqual([
				"script-src 'self' 'sha256-step'"
			]);
			for (const [path, cache, type] of [
				['/', CACHE.short, undefined],
				['/s/helmand/', CACHE.short, undefined],
				['/_app/immutable/entry/start.A1.js', CACHE.immutable, 'text/javascript; charset=utf-8'],
				['/_app/immutable/assets/font.B2.woff2', CACHE.immutable, 'font/woff2'],
				['/_app/version.json', CACHE.short, 'application/json; charset=utf-8'],
				['/donnees/a.csv', CACHE.short, 'text/csv; charset=utf-8'],
				['/oembed/recit.json', CACHE.short, 'application/json; charset=utf-8'],
				['/partage/recit.png', CACHE.short, 'image/png'],
				['/sitemap.xml', CACHE.short, 'application/xml; charset=utf-8'],
				['/embed.js', CACHE.short, undefined]
			] as const) {
				expect(get(base + path, 'Cache-Control'), path).toEqual([cache]);
				expect(get(base + path, 'Content-Type'), path).toEqual(type ? [type] : []);
				expect(get(base + path, 'X-Content-Type-Options'), path).toEqual(['nosniff']);
			}
		}
	);
});

describe('nginxSnippet', () => {
	const snippet = nginxSnippet(build('/interactive/story'));
	it.each([
		['the sub-path’s location', 'location ^~ /interactive/story/ {'],
		['the short cache', `set $story_cache "${CACHE.short}"`],
		[
			'the immutable rule',
			'if ($uri ~ "^/interactive/story/_app/immutable/") { set $story_cache "public, max-age=31536000, immutable"; }'
		],
		[
			'a page’s policy',
			`if ($uri = "/interactive/story/s/helmand/index.html") { set $story_csp "script-src 'self' 'sha256-step'"; }`
		],
		['the csv type', 'text/csv csv;'],
		['the woff2 type', 'font/woff2 woff2;'],
		['gzip_static', 'gzip_static on;'],
		['brotli for the pages', 'default_type "text/html; charset=utf-8";'],
		['brotli for the CSV', 'default_type "text/csv; charset=utf-8";']
	])('has %s', (_what, line) => {
		expect(snippet).toContain(line);
	});
	it('has balanced braces', () => {
		expect(snippet.split('{').length).toBe(snippet.split('}').length);
	});
});

describe('typeOf and pageCsp refuse what they cannot answer', () => {
	it.each([
		[() => typeOf('build/notes.md'), 'build/notes.md: no Content-Type known for ".md" files'],
		[
			() => pageCsp('<html></html>', 'build/x.html'),
			'build/x.html: expected one Content-Security-Policy <meta> tag, found 0'
		],
		[
			() =>
				pageCsp(
					'<meta http-equiv="content-security-policy" content="script-src $x">',
					'build/y.html'
				),
			'build/y.html: the Content-Security-Policy holds a character a header cannot carry'
		]
	])('%#', (call, message) => {
		expect(call).toThrow(message);
	});
	it('reads the policy of a page, entities decoded', () => {
		expect(
			pageCsp(
				'<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">',
				'a.html'
			)
		).toBe("script-src 'self'");
	});
});
