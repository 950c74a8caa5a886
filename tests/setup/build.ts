import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { subPathBuild } from './subPathBuild';
import { viteBuild } from './viteBuild';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Names this run, so that the sub-path build is made once per run (`subPathBuild`). */
		runId: string;
	}
}

const state = globalThis as unknown as { storyBuild?: Promise<unknown>; storyRunId?: string };

/** Whether a test file of this run asks for the sub-path build. */
const runNeedsSubPath = (project: TestProject) =>
	project.vitest.state
		.getPaths()
		.some((file) => readFileSync(file, 'utf8').includes('subPathBuild('));

/**
 * Global setup of the projects that read `build/`: builds the site for the domain root once per
 * run, however many projects ask (unless SKIP_BUILD=1, which reuses the last build). When a file
 * of the run needs the sub-path build too, both are made at once: one build keeps about one core
 * busy, so the second costs the run a few seconds here instead of half a minute in a test file.
 */
export default async function setup(project: TestProject) {
	const runId = (state.storyRunId ??= randomUUID());
	project.provide('runId', runId);
	state.storyBuild ??=
		process.env.SKIP_BUILD === '1'
			? Promise.resolve()
			: Promise.all([
					viteBuild({ BUILD_DIR: 'build' }),
					runNeedsSubPath(project) ? subPathBuild(runId) : undefined
				]);
	await state.storyBuild;
}

/** The run's id in the main process (the workers `inject('runId')`). */
export const mainRunId = () => state.storyRunId;
