import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt']);

/**
 * Serves a build like a static host or CDN would: brotli or gzip for text (as the browser asks),
 * hashed assets cacheable forever, pages revalidated. Compressed bodies are cached in memory.
 * `html` rewrites each page before it is sent (the bench's floor: see floor.ts).
 */
export async function serveCompressed(
	dir: string,
	{ html }: { html?: (page: string) => string } = {}
): Promise<{ server: Server; url: string }> {
	const cache = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void res.writeHead(404).end('not found');
		const ext = extname(file);
		const headers: Record<string, string> = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': path.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=0, must-revalidate'
		};
		const accepts = String(req.headers['accept-encoding'] ?? '');
		const encoding = !COMPRESSIBLE.has(ext)
			? null
			: accepts.includes('br')
				? 'br'
				: accepts.includes('gzip')
					? 'gzip'
					: null;
		const rewrite = html && ext === '.html' ? html : undefined;
		const read = () =>
			rewrite ? Buffer.from(rewrite(readFileSync(file, 'utf8'))) : readFileSync(file);
		if (!encoding) {
			res.writeHead(200, headers);
			if (rewrite) res.end(read());
			else createReadStream(file).pipe(res);
			return;
		}
		const key = `${encoding}:${file}`;
		let body = cache.get(key);
		if (!body) {
			const raw = read();
			body =
				encoding === 'br'
					? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
					: gzipSync(raw, { level: 9 });
			cache.set(key, body);
		}
		res.writeHead(200, {
			...headers,
			'content-encoding': encoding,
			vary: 'Accept-Encoding',
			'content-length': String(body.length)
		});
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return { server, url: `http://127.0.0.1:${address.port}/` };
}
