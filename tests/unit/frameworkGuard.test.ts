import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import InBrowser from '$lib/framework/hydration/InBrowser.svelte';
import LaterOnServer from '$lib/framework/hydration/LaterOnServer.svelte';

/**
 * src/lib/framework/ leans on SvelteKit's and Svelte's internals: paintFirst.ts rewrites the page
 * SvelteKit prerenders, the hydration wrappers count on how Svelte finds what it hydrates. Both
 * are pinned (package.json); an upgrade that changes what these rely on fails here, saying what.
 */

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const pkg = json('package.json');
const lock = json('package-lock.json');
const source = (dep: string, file: string) => readFileSync(`node_modules/${dep}/${file}`, 'utf8');
const installed = (dep: string): string => json(`node_modules/${dep}/package.json`).version;

const PINNED = ['svelte', '@sveltejs/kit'];
const RECHECK =
	're-check src/lib/framework/ (paintFirst.ts, hydration/) against the new version, run ' +
	'tests/unit/paintFirst.test.ts and tests/browser/{paintFirst,hydration}.test.ts, then pin it';

describe.each(PINNED)('%s is pinned', (dep) => {
	it('to one exact version in package.json', () => {
		expect(pkg.devDependencies[dep], `${dep} must be pinned to x.y.z, not a range`).toMatch(
			/^\d+\.\d+\.\d+$/
		);
	});

	it('installed and locked at that version', () => {
		const pinned = pkg.devDependencies[dep];
		const message = (what: string, version: string) =>
			`${dep} ${what} ${version}, package.json pins ${pinned}: ${RECHECK}`;
		expect(installed(dep), message('installed is', installed(dep))).toBe(pinned);
		const locked = lock.packages[`node_modules/${dep}`].version;
		expect(locked, message('locked is', locked)).toBe(pinned);
	});
});

/** What src/lib/framework/ relies on, in the installed frameworks' own source. */
const ASSUMPTIONS: { dep: string; file: string; text: string; reliedOn: string }[] = [
	{
		dep: '@sveltejs/kit',
		file: 'src/runtime/server/page/render.js',
		text: 'head.add_link_tag(path, [\'rel="modulepreload"\']);',
		reliedOn: 'paintFirst takes the modulepreload links out of <head> (they are links, not scripts)'
	},
	{
		dep: '@sveltejs/kit',
		file: 'src/runtime/server/page/render.js',
		text: 'this.#link_tags.push(`<link href="${href}" ${attributes.join(\' \')}>`);',
		reliedOn: 'paintFirst finds them as <link href="…" rel="modulepreload">'
	},
	{
		dep: '@sveltejs/kit',
		file: 'src/runtime/server/page/render.js',
		text: '? `Promise.all([',
		reliedOn: 'paintFirst defers the boot script’s Promise.all([import(…), import(…)])'
	},
	{
		dep: '@sveltejs/kit',
		file: 'src/runtime/server/page/render.js',
		text: ']).then(([kit, app]) => {',
		reliedOn: 'paintFirst closes its wait before the boot script’s ]).then(([kit, app]) =>'
	},
	{
		dep: '@sveltejs/kit',
		file: 'src/runtime/server/page/render.js',
		text: 'csp.add_script(init_app);',
		reliedOn: 'paintFirst replaces the boot script’s hash in the page’s CSP <meta>'
	},
	{
		dep: '@sveltejs/kit',
		file: 'src/runtime/server/page/render.js',
		text: 'csp.script_needs_nonce ? ` nonce="${csp.nonce}"` : \'\'\n\t\t}>${init_app}</script>',
		reliedOn: 'paintFirst finds the boot script as a bare <script> in hash mode'
	},
	{
		dep: 'svelte',
		file: 'src/constants.js',
		text: "export const HYDRATION_START = '[';",
		reliedOn: 'HydratedLater hydrates the server’s rendering, which opens with <!--[-->'
	},
	{
		dep: 'svelte',
		file: 'src/internal/client/render.js',
		text: '(anchor).data !== HYDRATION_START)',
		reliedOn: 'hydrate() starts at the first <!--[--> in its target (HydratedLater’s wrapper)'
	},
	{
		dep: 'svelte',
		file: 'src/internal/client/dom/blocks/svelte-head.js',
		text: '(head_anchor).data !== hash)',
		reliedOn:
			'Svelte hydrates only the head blocks the browser declares (PrerenderedHead declares none)'
	}
];

describe('what src/lib/framework/ relies on is still there', () => {
	it.each(ASSUMPTIONS)('$dep $file: $reliedOn', ({ dep, file, text, reliedOn }) => {
		const found = source(dep, file).includes(text);
		expect(
			found,
			`${dep} ${installed(dep)}: ${file} no longer has ${JSON.stringify(text)}, which ${reliedOn}: ${RECHECK}`
		).toBe(true);
	});

	it('LaterOnServer writes the component with the markers hydrate() looks for', () => {
		const { body } = render(LaterOnServer, { props: { component: InBrowser } });
		const inner = body.match(/data-hydrated-later(?:="")?>([\s\S]*)<\/div>/);
		expect(inner, `no HydratedLater wrapper in ${body}`).not.toBeNull();
		// hydrate() skips other nodes (the {@html} block's own comment) up to its first <!--[-->.
		expect(
			inner![1],
			`svelte ${installed('svelte')}: the server's rendering of a component no longer holds <!--[-->…<!--]-->: ${RECHECK}`
		).toMatch(/^(<!--[^[\]]*-->)*<!--\[-->[\s\S]*<!--\]-->/);
	});
});
