import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
		// One test file per core: each browser file drives one Chromium.
		maxWorkers: 2,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				// What the built files say, read without a browser.
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/setup/build.ts'],
					hookTimeout: 180_000
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
					// Files share their worker's modules and its Chromium (tests/browser/helpers/test.ts).
					isolate: false
				}
			}
		]
	}
});
