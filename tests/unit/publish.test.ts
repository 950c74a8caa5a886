import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publish } from '../../scripts/publish/publish';

const PAGE = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x'"></head><body>Story</body></html>`;

/** A tiny build: a page, a script, a CSV and a PNG. */
function fakeBuild() {
	const dir = mkdtempSync(join(tmpdir(), 'story-publish-'));
	mkdirSync(join(dir, 'donnees'));
	writeFileSync(join(dir, 'index.html'), PAGE);
	writeFileSync(join(dir, 'embed.js'), 'console.log(1);'.repeat(50));
	writeFileSync(join(dir, 'donnees/a.csv'), 'a,b\n1,2\n');
	writeFileSync(join(dir, 'card.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
	return dir;
}

describe('publish', () => {
	const dirs: string[] = [];
	afterEach(() => {
		vi.restoreAllMocks();
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it.each([
		[{}, 1],
		[{ PUBLIC_ORIGIN: 'https://news.example' }, 0]
	])('with %o: %i warning about the placeholder origin', async (env, warnings) => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const dir = fakeBuild();
		dirs.push(dir);
		await publish(dir, env);
		expect(warn).toHaveBeenCalledTimes(warnings);
		if (warnings)
			expect(warn.mock.calls[0]![0]).toMatch(
				/PUBLIC_ORIGIN is not set: share cards, the oEmbed files and the sitemap point at the placeholder https:\/\/graphics\.example\.org/
			);
	});

	it('writes .br and .gz next to the text files only, the same bytes once decoded, and the header rules', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const dir = fakeBuild();
		dirs.push(dir);
		await publish(dir, { BASE_PATH: '/story' });
		for (const file of ['index.html', 'embed.js', 'donnees/a.csv']) {
			const raw = readFileSync(join(dir, file));
			expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(raw), file).toBe(
				true
			);
			expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(raw), file).toBe(true);
		}
		expect(existsSync(join(dir, 'card.png.br'))).toBe(false);
		expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(
			"/story/\n  Content-Security-Policy: script-src 'self' 'sha256-x'"
		);
		expect(readFileSync(join(dir, '_nginx.conf'), 'utf8')).toContain('location ^~ /story/ {');
		// Run again (a second build into the same folder): nothing compressed twice.
		await publish(dir, { BASE_PATH: '/story' });
		expect(existsSync(join(dir, 'index.html.br.br'))).toBe(false);
	});

	it.each([
		[{ PUBLIC_ORIGIN: 'news.example' }, 'PUBLIC_ORIGIN must be an absolute URL'],
		[{ BASE_PATH: 'story/' }, 'BASE_PATH must start with "/"']
	])('refuses %o', async (env, message) => {
		const dir = fakeBuild();
		dirs.push(dir);
		await expect(publish(dir, env)).rejects.toThrow(message);
	});
});
