import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/build/compileHints';
import { paletteCss } from './src/lib/graphics/palette';
import { LongestFirst } from './tests/setup/sequencer';

/** `import 'virtual:palette.css'`: the colour custom properties, written from the palette module. */
function palette(): Plugin {
	const id = 'virtual:palette.css';
	const resolved = `\0${id}`;
	return {
		name: 'palette-css',
		resolveId: (source) => (source === id ? resolved : undefined),
		load: (source) => (source === resolved ? paletteCss() : undefined)
	};
}

export default defineConfig({
	plugins: [palette(), compileHints(), sveltekit()],
	build: { modulePreload: false },
	test: {
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
		// One test file per core: each browser file drives one Chromium.
		maxWorkers: 2,
		sequence: { sequencer: LongestFirst },
		projects: [
			{
				extends: true,
				// Pure modules: the files share their worker's imports (a fresh module graph per file
				// cost half the project's time).
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					isolate: false
				}
			},
			{
				// What the built files say, read without a browser.
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/setup/build.ts'],
					hookTimeout: 180_000,
					isolate: false
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/setup/build.ts', 'tests/browser/setup/global.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					// A condition the page meets once its work is done: on a busy 2-core machine that work
					// can take seconds, and the poll returns as soon as it holds.
					expect: { poll: { timeout: 10_000 } },
					// Files share their worker's modules and its Chromium (tests/browser/helpers/test.ts).
					isolate: false
				}
			}
		]
	}
});
