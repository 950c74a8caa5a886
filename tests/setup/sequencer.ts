import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Each test file's seconds in a CI run (`node .ci/durations.mjs --write` refreshes them). */
export const TIMINGS_FILE = 'tests/timings.json';

/**
 * Runs the longest files first, so that the two workers end together: on a fresh clone vitest
 * has no durations of its own and starts the largest files first, which put a short file of long
 * tests (axe) last, alone on one core. Files not in the timings (new ones) go first.
 */
export class LongestFirst extends BaseSequencer {
	async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const timings: Record<string, number> = existsSync(TIMINGS_FILE)
			? JSON.parse(readFileSync(TIMINGS_FILE, 'utf8'))
			: {};
		const seconds = (spec: TestSpecification) =>
			timings[relative(process.cwd(), spec.moduleId)] ?? Infinity;
		// vitest's own order keeps each project's files together: kept, then sorted within each.
		const projects = [...new Set((await super.sort(files)).map((spec) => spec.project.name))];
		return projects.flatMap((name) =>
			files.filter((spec) => spec.project.name === name).sort((a, b) => seconds(b) - seconds(a))
		);
	}
}
