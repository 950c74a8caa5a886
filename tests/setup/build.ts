import { randomUUID } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { viteBuild } from './viteBuild';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Names this run, so that the sub-path build is made once per run (`subPathBuild`). */
		runId: string;
	}
}

const state = globalThis as unknown as { storyBuild?: Promise<void>; storyRunId?: string };

/**
 * Global setup of the projects that read `build/`: builds the site for the domain root once per
 * run, however many projects ask (unless SKIP_BUILD=1, which reuses the last build).
 */
export default async function setup(project: TestProject) {
	state.storyRunId ??= randomUUID();
	project.provide('runId', state.storyRunId);
	state.storyBuild ??=
		process.env.SKIP_BUILD === '1' ? Promise.resolve() : viteBuild({ BUILD_DIR: 'build' });
	await state.storyBuild;
}

/** The run's id in the main process (the workers `inject('runId')`). */
export const mainRunId = () => state.storyRunId;
