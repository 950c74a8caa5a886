import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/**
 * Serves a built site like a static host would, under a path prefix (`''` for the root).
 * `ready`, if given, is awaited before the first request is answered (e.g. a build made on first
 * need); the folder is read then. Resolves with the server and the site's URL (ending in `/`).
 */
export async function serveStatic(
	dir: string,
	prefix = '',
	ready?: () => Promise<void>
): Promise<{ server: Server; url: string }> {
	let files: Promise<ReturnType<typeof sirv>> | undefined;
	const handler = () =>
		(files ??= (async () => {
			await ready?.();
			return sirv(dir, { dev: false, etag: true, extensions: ['html'] });
		})());
	if (!ready) await handler();
	const server = createServer(async (req, res) => {
		const url = req.url ?? '/';
		if (prefix && !url.startsWith(`${prefix}/`)) {
			res.statusCode = 404;
			res.end('outside the base path');
			return;
		}
		req.url = url.slice(prefix.length) || '/';
		let serve: ReturnType<typeof sirv>;
		try {
			serve = await handler();
		} catch (error) {
			res.statusCode = 500;
			res.end(String(error));
			return;
		}
		serve(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	return { server, url: `http://127.0.0.1:${address.port}${prefix}/` };
}
