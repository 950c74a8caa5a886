import { extract } from '@extractus/oembed-extractor';
import { unfurl } from 'unfurl.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PUBLIC_ORIGIN } from './setup/global';
import { EDITIONS } from './helpers/story';
import { subPathBuild } from '../setup/subPathBuild';

// The sub-path build is made once per run, when a test first needs it.
beforeAll(() => subPathBuild(inject('runId')));

// The sub-path build, made for https://news.example/interactive/story, served on 127.0.0.1.

const local = inject('basePathUrl');
const published = `${PUBLIC_ORIGIN}${new URL(local).pathname}`;

/** The consumers' fetch: the production origin mapped to the local server, nothing else reached. */
const requested: string[] = [];
const fetchLocally = (input: string | URL | Request) => {
	const url = String(input instanceof Request ? input.url : input);
	requested.push(url);
	if (!url.startsWith(`${PUBLIC_ORIGIN}/`))
		return Promise.reject(new Error(`the test reaches only ${PUBLIC_ORIGIN}, not ${url}`));
	return fetch(`${new URL(local).origin}${url.slice(PUBLIC_ORIGIN.length)}`);
};

/** The story page and one step page of each edition, with what their embed code must hold. */
const pages = EDITIONS.flatMap(({ lang, path, copy }) => [
	{
		lang,
		url: `${published}${path}`,
		iframe: `${published}${path}embed/`,
		title: copy.headline,
		card: `${published}${path}partage/recit.png`
	},
	{
		lang,
		url: `${published}${path}s/helmand/`,
		iframe: `${published}${path}embed/?etape=helmand`,
		title: copy.headline,
		card: `${published}${path}partage/helmand.png`
	}
]);

describe.each(pages)('$url ($lang)', (page) => {
	it('is embedded by @extractus/oembed-extractor (Ghost) from its discovery link', async () => {
		requested.length = 0;
		const data = await extract(page.url, { maxwidth: 700 }, fetchLocally as typeof fetch);
		expect(data.method).toBe('auto-discovery');
		expect(data).toMatchObject({
			type: 'rich',
			version: '1.0',
			width: 640,
			height: 900,
			provider_name: expect.any(String),
			provider_url: PUBLIC_ORIGIN,
			thumbnail_url: page.card,
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(data.title).toContain(page.title);
		expect(data.html).toContain(`<iframe src="${page.iframe}"`);
		expect(data.html).toContain(`<script src="${published}embed.js" async></script>`);
		expect(requested.every((url) => url.startsWith(`${PUBLIC_ORIGIN}/`))).toBe(true);
	});

	it('names its oEmbed file early enough for WordPress, which reads a page’s first 150 KB', async () => {
		const html = Buffer.from(await (await fetchLocally(page.url)).arrayBuffer());
		const link = html.indexOf('type="application/json+oembed"');
		expect(link).toBeGreaterThan(-1);
		expect(link).toBeLessThan(html.indexOf('</head>'));
		expect(link).toBeLessThan(150 * 1024);
	});

	it('is embedded by unfurl.js from its discovery link', async () => {
		const result = await unfurl(page.url, { fetch: fetchLocally as never });
		expect(result.oEmbed).toMatchObject({ type: 'rich', version: '1.0', width: 640, height: 900 });
		const oembed = result.oEmbed as { html: string; thumbnails?: { url: string }[] };
		expect(oembed.html).toContain(`<iframe src="${page.iframe}"`);
		expect(oembed.html).toContain(`${published}embed.js`);
		expect(oembed.thumbnails?.[0]?.url).toBe(page.card);
	});
});

it('puts no discovery link on the embed pages (they are the embed, not a page to embed)', async () => {
	for (const { path } of EDITIONS) {
		const html = await (await fetch(`${local}${path}embed/`)).text();
		expect(html).toContain('<meta name="robots" content="noindex"');
		expect(html).not.toContain('json+oembed');
	}
});
