import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../helpers/serve';
import { mainRunId } from '../../setup/build';
import { BASE_PATH, PUBLIC_ORIGIN, SUB_PATH_DIR, subPathBuild } from '../../setup/subPathBuild';

export { BASE_PATH, PUBLIC_ORIGIN };

declare module 'vitest' {
	export interface ProvidedContext {
		/** The story built for the domain root, served like a static host. */
		siteUrl: string;
		/** The story built with BASE_PATH and served from that sub-path (built on its first request). */
		basePathUrl: string;
	}
}

/**
 * Serves `build/` (built by tests/setup/build.ts, which runs first) and `build-base/` under
 * BASE_PATH. The sub-path build is made when a test first asks for a page of it.
 */
export default async function setup(project: TestProject) {
	const servers: Server[] = [];
	const root = await serveStatic('build');
	const sub = await serveStatic(SUB_PATH_DIR, BASE_PATH, () => subPathBuild(mainRunId()!));
	servers.push(root.server, sub.server);
	project.provide('siteUrl', root.url);
	project.provide('basePathUrl', sub.url);
	return () => {
		for (const server of servers) server.close();
	};
}
