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

/**
 * adapter-static, then what a host needs to publish the build (scripts/publish/publish.ts):
 * precompressed files, and header rules for Netlify, Cloudflare Pages and nginx.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
const withPublishing = (adapter) => ({
	...adapter,
	async adapt(builder) {
		await adapter.adapt(builder);
		const { tsImport } = await import('tsx/esm/api');
		const { publish } = await tsImport('./scripts/publish/publish.ts', import.meta.url);
		await publish(out);
		builder.log.minor('Wrote _headers, _nginx.conf and the .br and .gz files');
	}
});

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// A second build beside another (the tests' sub-path build) keeps its own generated files.
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		adapter: withPublishing(adapter({ pages: out, assets: out, strict: true })),
		paths: { base, relative: true },
		alias: { $data: 'data' },
		// The page's CSS is small: inline it, so no stylesheet request blocks the first paint.
		inlineStyleThreshold: 24 * 1024,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// A strict policy, sent in a <meta> tag (a static host adds no headers): scripts only from
		// this site plus SvelteKit's own inline boot script by hash; nothing from other origins.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
