import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_ORIGIN, publicSite } from '../../src/lib/share/site';
import { netlifyHeaders, nginxSnippet, type Build } from './headerRules';
import { pageCsp } from './pageCsp';
import { precompress } from './precompress';

const filesIn = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)]
	);

/** The file the nginx snippet is written to, in the build (the snippet answers 404 for it). */
export const NGINX_SNIPPET = '_nginx.conf';

/**
 * What a host needs besides the pages, written into the build once SvelteKit has prerendered it:
 * `.br` and `.gz` files next to the text files, `_headers` (Netlify, Cloudflare Pages) and an
 * nginx snippet, both with each page's Content-Security-Policy as its `<meta>` tag has it.
 * Warns once when the public origin is the placeholder.
 */
export async function publish(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
	const site = publicSite(env.PUBLIC_ORIGIN, env.BASE_PATH);
	const files = filesIn(dir)
		.map((file) => relative(dir, file).split(sep).join('/'))
		.filter((file) => !/\.(br|gz)$/.test(file) && file !== '_headers' && file !== NGINX_SNIPPET)
		.sort();
	const pages = files
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({
			file,
			csp: pageCsp(readFileSync(join(dir, file), 'utf8'), join(dir, file))
		}));
	const build: Build = { base: site.base, files, pages };
	writeFileSync(join(dir, '_headers'), netlifyHeaders(build));
	writeFileSync(join(dir, NGINX_SNIPPET), nginxSnippet(build));
	await precompress(files.map((file) => join(dir, file)));
	if (site.origin === DEFAULT_ORIGIN)
		console.warn(
			`Warning: PUBLIC_ORIGIN is not set: share cards, the oEmbed files and the sitemap point at the placeholder ${DEFAULT_ORIGIN}. Fine for a preview; set PUBLIC_ORIGIN to publish.`
		);
}
