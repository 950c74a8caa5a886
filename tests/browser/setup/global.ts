import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../helpers/serve';

/** The sub-path the second build is made for, as a CMS or CDN path would be. */
export const BASE_PATH = '/interactive/story';
/** The public address the second build is made for (the first keeps the default). */
export const PUBLIC_ORIGIN = 'https://news.example';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The story built for the domain root, served like a static host. */
		siteUrl: string;
		/** The story built with BASE_PATH and served from that sub-path. */
		basePathUrl: string;
	}
}

function build(env: Record<string, string>) {
	const result = spawnSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
		{
			env: { ...process.env, NODE_ENV: 'production', ...env },
			encoding: 'utf8'
		}
	);
	if (result.status !== 0)
		throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Builds the site twice (root and sub-path) unless SKIP_BUILD=1, then serves both. */
export default async function setup(project: TestProject) {
	if (process.env.SKIP_BUILD !== '1') {
		build({ BUILD_DIR: 'build' });
		build({ BUILD_DIR: 'build-base', BASE_PATH, PUBLIC_ORIGIN });
	}
	const servers: Server[] = [];
	const root = await serveStatic('build');
	const sub = await serveStatic('build-base', BASE_PATH);
	servers.push(root.server, sub.server);
	project.provide('siteUrl', root.url);
	project.provide('basePathUrl', sub.url);
	return () => {
		for (const server of servers) server.close();
	};
}
