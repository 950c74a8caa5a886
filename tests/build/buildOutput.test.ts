import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { withFonts } from '$lib/server/render/figureFonts';
import { DEFAULT_ORIGIN } from '../../src/lib/share/site';
import { EDITIONS, slugs } from '../browser/helpers/story';
import { COMPILE_HINT, COMPILE_HINT_MIN_BYTES } from '../../scripts/build/compileHints';
import { subPathBuild } from '../setup/subPathBuild';

/** The text of a prerendered step's card: its markup (a newspaper's name in italics) left out. */
const stepText = (page: ReturnType<typeof parseDocument>, slug: string) =>
	DomUtils.textContent(DomUtils.getElementById(slug, page.children) ?? []);
const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);

describe.each(EDITIONS)('the built $lang edition', ({ lang, path, copy }) => {
	const html = readFileSync(`build/${path}index.html`, 'utf8');

	it(`prerenders every step’s text, in its language (${lang}), with each step addressable`, () => {
		expect(html).toMatch(new RegExp(`<html lang="${lang}">`));
		const page = parseDocument(html);
		for (const step of copy.steps) {
			expect(html).toContain(`id="${step.slug}"`);
			expect(html).toContain(`data-step="${step.slug}"`);
			// In the card itself: the page's data for the browser does not carry it.
			expect(stepText(page, step.slug)).toContain(step.text);
		}
		expect(html).toContain(`data-active-step="${slugs[0]}"`);
	});

	it('leaves out of the boot script’s data what only the prerendered page shows', () => {
		const boot = html.match(/<script>\s*\{\s*__sveltekit_[^]*?<\/script>/)?.[0] ?? '';
		expect(boot).toContain('kit.start');
		// What the browser uses stays: the step bar and the share text need the captions.
		expect(boot).toContain(JSON.stringify(copy.steps[0]!.caption));
		const absent = [
			...copy.steps.flatMap((step) => [step.text, step.alt]),
			...copy.method,
			...copy.sources.map((source) => source.url)
		];
		for (const text of absent) expect(boot).not.toContain(text.slice(0, 50));
		expect(boot).not.toContain('NewsArticle');
	});

	it('has a page, a share card and a static figure for every step', () => {
		for (const slug of slugs) {
			expect(existsSync(`build/${path}s/${slug}/index.html`), `${path}s/${slug}/`).toBe(true);
			expect(existsSync(`build/${path}partage/${slug}.png`), `${path}partage/${slug}.png`).toBe(
				true
			);
			expect(existsSync(`build/${path}figures/${slug}.svg`), `${path}figures/${slug}.svg`).toBe(
				true
			);
		}
		expect(existsSync(`build/${path}partage/recit.png`)).toBe(true);
		expect(existsSync(`build/${path}embed/index.html`)).toBe(true);
	});

	it('publishes each step’s figure as its committed snapshot, with its own fonts', async () => {
		for (const slug of slugs) {
			const snapshot = readFileSync(`tests/snapshots/${lang}/${slug}.svg`, 'utf8');
			expect(readFileSync(`build/${path}figures/${slug}.svg`, 'utf8'), slug).toBe(
				await withFonts(snapshot)
			);
		}
	});

	it('holds no font back the first paint: no preload, and nothing names a web font before its switch', () => {
		expect(html).not.toMatch(/as="font"/);
		const faces = html.match(/@font-face\s*\{[^}]*\}/g) ?? [];
		const web = faces.filter((rule) => rule.includes('.woff2'));
		expect(web).toHaveLength(4);
		for (const rule of web) expect(rule).toMatch(/font-display:\s*swap/);
		// Outside their faces, the web fonts are named only where a part is switched on (webFonts.ts).
		const named = faces
			.reduce((rest, rule) => rest.replace(rule, ''), html)
			.replace(/\[data-web-fonts=["']?on["']?\]\s*\{[^}]*\}/g, '');
		expect(named).not.toMatch(/Source (Serif 4|Sans 3)/);
	});
});

describe('the built site', () => {
	it('requests nothing from another origin', () => {
		for (const file of files('build').filter((f) => /\.(html|css|js)$/.test(f))) {
			// The embed code shown to producers is text, not a request.
			const text = readFileSync(file, 'utf8').replace(/<code>[\s\S]*?<\/code>/g, '');
			expect(text, file).not.toMatch(/\ssrc=["']https?:/);
			// Canonical, hreflang and oEmbed discovery links name the public addresses on purpose;
			// they load nothing.
			expect(text, file).not.toMatch(
				/<link(?![^>]*rel="canonical")(?![^>]*rel="alternate" (?:hreflang=|type="application\/json\+oembed"))[^>]+href=["']https?:/
			);
			expect(text, file).not.toMatch(/url\(["']?https?:/);
			expect(text, file).not.toMatch(/@import\s+["']?https?:/);
		}
	});

	it('has V8’s compile hint on the first line of every script but the smallest, compressed copies included', () => {
		const scripts = files('build/_app/immutable').filter((f) => /\.js(\.br|\.gz)?$/.test(f));
		const text = (file: string) => {
			const raw = readFileSync(file);
			if (file.endsWith('.br')) return String(brotliDecompressSync(raw));
			return String(file.endsWith('.gz') ? gunzipSync(raw) : raw);
		};
		const hinted = scripts.filter((file) => text(file).length >= COMPILE_HINT_MIN_BYTES);
		expect(hinted.length).toBeGreaterThan(20);
		for (const file of hinted) expect(text(file).split('\n', 1)[0], file).toBe(COMPILE_HINT);
	});

	describe('built for a sub-path', () => {
		// The sub-path build is made once per run, by the first test that needs it.
		beforeAll(() => subPathBuild(inject('runId')));

		it('has no root-absolute URL anywhere (every edition’s pages included)', () => {
			const built = files('build-base').filter((f) => /\.(html|css|js)$/.test(f));
			for (const { path } of EDITIONS)
				expect(built, `build-base/${path}index.html`).toContain(
					join('build-base', path, 'index.html')
				);
			for (const file of built) {
				const text = readFileSync(file, 'utf8');
				expect(text, file).not.toMatch(/(?:src|href|action)=["']\/(?!\/)/);
				expect(text, file).not.toMatch(/url\(["']?\/(?!\/)/);
				expect(text, file).not.toMatch(/["']\/_app\//);
			}
		});
	});
});

describe.each(EDITIONS)('the built $lang embed page', (edition) => {
	it('is kept out of search engines and points to the story', () => {
		const html = readFileSync(`build/${edition.path}embed/index.html`, 'utf8');
		expect(html).toMatch(new RegExp(`<html lang="${edition.lang}"`));
		expect(html).toContain('<meta name="robots" content="noindex"');
		expect(html).toMatch(/<link rel="canonical" href="[^"]+\/"/);
		expect(html).toContain(`<link rel="canonical" href="${DEFAULT_ORIGIN}/${edition.path}"`);
	});
});

describe('the content security policy', () => {
	it.each(EDITIONS.flatMap((e) => ['', 'embed/', 's/helmand/'].map((path) => e.path + path)))(
		'/%s carries a strict policy that allows no other origin',
		(path) => {
			const html = readFileSync(`build/${path}index.html`, 'utf8');
			const policy =
				/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
			expect(policy).toContain("default-src 'self'");
			expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
			expect(policy).not.toContain('unsafe-eval');
			expect(policy).not.toMatch(/https?:/);
		}
	);
});
