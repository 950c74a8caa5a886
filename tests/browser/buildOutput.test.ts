import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copy, slugs } from './helpers/story';

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);

describe('the built site', () => {
	const html = readFileSync('build/index.html', 'utf8');

	it('prerenders every step’s text, in French, with each step addressable', () => {
		expect(html).toMatch(/<html lang="fr">/);
		for (const step of copy.steps) {
			expect(html).toContain(`id="${step.slug}"`);
			expect(html).toContain(`data-step="${step.slug}"`);
			expect(html).toContain(escapeHtml(step.text));
		}
		expect(html).toContain(`data-active-step="${slugs[0]}"`);
	});

	it('preloads the fonts of the first screen and requests nothing from another origin', () => {
		expect(html).toMatch(/<link rel="preload" href="[^"]+\.woff2" as="font"/);
		for (const file of files('build').filter((f) => /\.(html|css|js)$/.test(f))) {
			// The embed code shown to producers is text, not a request.
			const text = readFileSync(file, 'utf8').replace(/<code>[\s\S]*?<\/code>/g, '');
			expect(text, file).not.toMatch(/\ssrc=["']https?:/);
			// Canonical links name the public address on purpose; they load nothing.
			expect(text, file).not.toMatch(/<link(?![^>]*rel="canonical")[^>]+href=["']https?:/);
			expect(text, file).not.toMatch(/url\(["']?https?:/);
			expect(text, file).not.toMatch(/@import\s+["']?https?:/);
		}
	});

	it('built for a sub-path, has no root-absolute URL anywhere', () => {
		for (const file of files('build-base').filter((f) => /\.(html|css|js)$/.test(f))) {
			const text = readFileSync(file, 'utf8');
			expect(text, file).not.toMatch(/(?:src|href|action)=["']\/(?!\/)/);
			expect(text, file).not.toMatch(/url\(["']?\/(?!\/)/);
			expect(text, file).not.toMatch(/["']\/_app\//);
		}
	});
});
