import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Sub-path the site is served from, e.g. `/interactive/story` (empty for the domain root).
 * @type {'' | `/${string}`}
 */
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
if (base && (!base.startsWith('/') || base.endsWith('/'))) {
	throw new Error(`BASE_PATH must start with "/" and not end with "/", got "${base}"`);
}
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, strict: true }),
		paths: { base, relative: true },
		alias: { $data: 'data' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};
