import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/**
 * Serves a built site like a static host would, under a path prefix (`''` for the root).
 * Resolves with the server and the site's URL (ending in `/`).
 */
export async function serveStatic(
	dir: string,
	prefix = ''
): Promise<{ server: Server; url: string }> {
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (prefix && !url.startsWith(`${prefix}/`)) {
			res.statusCode = 404;
			res.end('outside the base path');
			return;
		}
		req.url = url.slice(prefix.length) || '/';
		files(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	return { server, url: `http://127.0.0.1:${address.port}${prefix}/` };
}
