import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CACHE } from '../../scripts/publish/headerRules';
import { pageCsp } from '../../scripts/publish/pageCsp';
import { SIZES } from './helpers/chromium';
import { storyReady } from './helpers/settled';
import { activeStep } from './helpers/story';
import { test } from './helpers/test';
import { BASE_PATH } from './setup/global';
import { subPathBuild } from '../setup/subPathBuild';

// The sub-path build is made once per run, when a test first needs it.
beforeAll(() => subPathBuild(inject('runId')));

/** Debian's nginx, or the one named by NGINX_PATH. */

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BUILD = 'build-base';

const freePort = () =>
	new Promise<number>((done) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}
/** A raw GET (no decoding), as a browser or a CDN would send it. */
const get = (url: string, encoding = '') =>
	new Promise<Reply>((done, fail) => {
		const req = request(
			url,
			{ headers: encoding ? { 'accept-encoding': encoding } : {} },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
				);
			}
		);
		req.on('error', fail).end();
	});

/** Its own nginx, on a free port of 127.0.0.1, with its own prefix in a temp dir: the build under BASE_PATH. */
let nginx: ChildProcess | undefined;
let dir = '';
let site = '';
beforeAll(async () => {
	if (!existsSync(NGINX))
		throw new Error(
			`nginx was not found at ${NGINX}. Install Debian's package with ` +
				'`sudo apt-get update && sudo apt-get install -y nginx`, or set NGINX_PATH to an nginx binary.'
		);
	dir = mkdtempSync(join(tmpdir(), 'story-nginx-'));
	mkdirSync(join(dir, 'root', BASE_PATH, '..'), { recursive: true });
	symlinkSync(resolve(BUILD), join(dir, `root${BASE_PATH}`));
	const port = await freePort();
	writeFileSync(
		join(dir, 'nginx.conf'),
		[
			'daemon off;',
			'master_process off;',
			`pid ${dir}/nginx.pid;`,
			`error_log ${dir}/error.log warn;`,
			'events { worker_connections 64; }',
			'http {',
			'	include /etc/nginx/mime.types;',
			'	default_type application/octet-stream;',
			'	access_log off;',
			'	server {',
			`		listen 127.0.0.1:${port};`,
			`		root ${dir}/root;`,
			`		include ${resolve(BUILD, '_nginx.conf')};`,
			'	}',
			'}'
		].join('\n')
	);
	nginx = spawn(NGINX, ['-p', `${dir}/`, '-c', `${dir}/nginx.conf`, '-e', `${dir}/error.log`], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	nginx.stderr!.on('data', (chunk) => (stderr += chunk));
	site = `http://127.0.0.1:${port}${BASE_PATH}/`;
	// Ready once it answers (it says nothing when it is).
	for (const deadline = Date.now() + 10_000; ;) {
		if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${stderr}`);
		if ((await get(site).catch(() => null))?.status === 200) break;
		if (Date.now() > deadline) throw new Error(`nginx did not answer at ${site}: ${stderr}`);
		await new Promise((next) => setTimeout(next, 50));
	}
});
afterAll(async () => {
	if (nginx && nginx.exitCode === null) {
		const stopped = new Promise((done) => nginx!.once('exit', done));
		nginx.kill('SIGQUIT');
		await stopped;
	}
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const built = (path: string) => readFileSync(join(BUILD, path));
const immutableJs = () =>
	readFileSync(join(BUILD, 'index.html'), 'utf8').match(
		/_app\/immutable\/entry\/start\.[\w-]+\.js/
	)![0];

describe('the nginx snippet, with Debian’s nginx, the story under a sub-path', () => {
	it.each([
		['index.html', ''],
		['s/helmand/index.html', 's/helmand/'],
		['en/s/helmand/index.html', 'en/s/helmand/'],
		['embed/index.html', 'embed/']
	])('sends %s with its own policy as a header, cached briefly', async (file, path) => {
		const reply = await get(site + path);
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(reply.headers['cache-control']).toBe(CACHE.short);
		const html = built(file).toString('utf8');
		expect(reply.headers['content-security-policy']).toBe(pageCsp(html, file));
		expect(reply.headers['x-content-type-options']).toBe('nosniff');
	});

	it.each([
		['br', 'br', brotliDecompressSync],
		['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
		['gzip', 'gzip', gunzipSync],
		['', undefined, (body: Buffer) => body]
	] as const)(
		'answers Accept-Encoding "%s" with %s, the same bytes once decoded',
		async (accept, encoding, decode) => {
			for (const [path, file, type] of [
				['', 'index.html', 'text/html; charset=utf-8'],
				[immutableJs(), immutableJs(), 'text/javascript; charset=utf-8'],
				[
					'donnees/effectifs-americains.csv',
					'donnees/effectifs-americains.csv',
					'text/csv; charset=utf-8'
				]
			] as const) {
				if (!existsSync(join(BUILD, file))) throw new Error(`${file} is not in the build`);
				const reply = await get(site + path, accept);
				expect(reply.status, path).toBe(200);
				expect(reply.headers['content-encoding'], path).toBe(encoding);
				expect(reply.headers['content-type'], path).toBe(type);
				expect(reply.headers.vary, path).toContain('Accept-Encoding');
				expect(decode(reply.body).equals(built(file)), path).toBe(true);
			}
		}
	);

	it('gives hashed files a year, immutable, and every file its type', async () => {
		const woff2 = readdirSync(join(BUILD, '_app/immutable/assets')).find((f) =>
			f.endsWith('.woff2')
		)!;
		for (const [path, type, cache] of [
			[`_app/immutable/assets/${woff2}`, 'font/woff2', CACHE.immutable],
			[immutableJs(), 'text/javascript; charset=utf-8', CACHE.immutable],
			['oembed/helmand.json', 'application/json; charset=utf-8', CACHE.short],
			['en/oembed/recit.json', 'application/json; charset=utf-8', CACHE.short],
			['figures/helmand.svg', 'image/svg+xml; charset=utf-8', CACHE.short],
			['partage/helmand.png', 'image/png', CACHE.short],
			['embed.js', 'text/javascript; charset=utf-8', CACHE.short],
			['sitemap.xml', 'application/xml; charset=utf-8', CACHE.short],
			['robots.txt', 'text/plain; charset=utf-8', CACHE.short]
		]) {
			const reply = await get(site + path, 'gzip, br');
			expect(reply.status, path).toBe(200);
			expect(reply.headers['content-type'], path).toBe(type);
			expect(reply.headers['cache-control'], path).toBe(cache);
			expect(reply.headers['content-security-policy'], path).toBeUndefined();
		}
	});

	it('does not serve its own configuration, nor a compressed file asked for by name', async () => {
		expect((await get(`${site}_nginx.conf`)).status).toBe(404);
		expect((await get(`${site}_headers`)).status).toBe(404);
		expect((await get(`${site}index.html.br`)).status).toBe(404);
	});

	it('is also valid for nginx for the build at the domain root (nginx -t)', () => {
		const conf = join(dir, 'root-build.conf');
		writeFileSync(
			conf,
			[
				`pid ${dir}/test.pid;`,
				'events { }',
				'http {',
				'	include /etc/nginx/mime.types;',
				`	server { listen 127.0.0.1:9; root ${resolve('build')}; include ${resolve('build/_nginx.conf')}; }`,
				'}'
			].join('\n')
		);
		const test = spawnSync(NGINX, ['-t', '-p', `${dir}/`, '-c', conf, '-e', `${dir}/test.log`], {
			encoding: 'utf8'
		});
		expect(test.stderr).toContain('test is successful');
		expect(readFileSync(resolve('build/_nginx.conf'), 'utf8')).toContain('location ^~ / {');
	});

	describe.each(Object.entries(SIZES))('in Chromium on a %s', (_size, size) => {
		test.for(['#helmand', 's/helmand/', 'en/s/helmand/'])(
			'%s opens on its step under the header policy, with no error',
			async (path, { usePage }) => {
				const page = await usePage({ site, at: path, size });
				await storyReady(page);
				expect(await activeStep(page)).toBe('helmand');
			}
		);
	});
});
