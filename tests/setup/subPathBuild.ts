import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { viteBuild } from './viteBuild';

/** The sub-path the second build is made for, as a CMS or CDN path would be. */
export const BASE_PATH = '/interactive/story';
/** The public address the second build is made for (the first keeps the default). */
export const PUBLIC_ORIGIN = 'https://news.example';
/** Where it is built. */
export const SUB_PATH_DIR = 'build-base';

const MARK = `${SUB_PATH_DIR}/.run`;
const lock = (runId: string) => `.${SUB_PATH_DIR}-${runId}.lock`;

/**
 * The site built with BASE_PATH and PUBLIC_ORIGIN into `build-base/`, once per run (`runId`): by
 * the global setup, beside the root build, when a file of the run calls this (tests/setup/build.ts);
 * otherwise on first need, by whichever test process asks first while the others wait for it.
 * SKIP_BUILD=1 reuses the last one. Its own SvelteKit folder keeps it apart from a dev server
 * running beside.
 */
export async function subPathBuild(runId: string): Promise<void> {
	if (process.env.SKIP_BUILD === '1') {
		if (!existsSync(`${SUB_PATH_DIR}/index.html`))
			throw new Error(`SKIP_BUILD=1 but ${SUB_PATH_DIR}/ has not been built`);
		return;
	}
	const built = () => existsSync(MARK) && readFileSync(MARK, 'utf8') === runId;
	if (built()) return;
	try {
		mkdirSync(lock(runId));
	} catch {
		// Another test process is building it: wait for its mark (or its error).
		const failed = `${lock(runId)}/error`;
		for (;;) {
			if (built()) return;
			if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
			await new Promise((done) => setTimeout(done, 200));
		}
	}
	try {
		await viteBuild({
			BUILD_DIR: SUB_PATH_DIR,
			BASE_PATH,
			PUBLIC_ORIGIN,
			SVELTEKIT_OUT_DIR: '.svelte-kit-base'
		});
		writeFileSync(MARK, runId);
		rmSync(lock(runId), { recursive: true, force: true });
	} catch (error) {
		writeFileSync(`${lock(runId)}/error`, String(error));
		throw error;
	}
}
