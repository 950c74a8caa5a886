import { describe, expect, it } from 'vitest';
import { cspHash, paintFirst } from '../../src/lib/framework/paintFirst';

/** The shape of a page SvelteKit prerenders: modulepreloads, a CSP by hash, its boot script. */
const BOOT = `
	{
		__sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.A.js"),
			import("./_app/immutable/entry/app.B.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2] });
		});
	}
`;
const page = (boot = BOOT) => `<!doctype html><html><head>
<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/C.js" rel="modulepreload">
<meta http-equiv="content-security-policy" content="script-src 'self' ${cspHash(boot)}; object-src 'none'">
</head><body><div><p>Story</p><script>${boot}</script></div>
<script type="application/ld+json">{"@type":"NewsArticle"}</script></body></html>`;

const bootOf = (html: string) => html.match(/<script>([\s\S]*?)<\/script>/)![1]!;

/**
 * Runs a rewritten boot script as an embed would (no paint to wait for), its imports giving `kit`
 * and `app` (and written down in `calls`), its timers queued as tasks run one by one: in which
 * task each call was first seen.
 */
async function runBoot(
	boot: string,
	calls: string[],
	kit: object,
	app: object
): Promise<Map<string, number>> {
	const tasks: (() => void)[] = [];
	const scope = {
		self: { origin: 'http://x' },
		top: {},
		document: {
			currentScript: { parentElement: 'element' },
			visibilityState: 'visible',
			head: { appendChild: () => {} },
			createElement: () => ({})
		},
		location: 'http://x/',
		setTimeout: (f: (...a: unknown[]) => void, _ms: number, ...args: unknown[]) =>
			void tasks.push(() => f(...args)),
		kit,
		app,
		calls
	};
	const code = boot.replace(/import\("[^"]+"\)/g, (m) =>
		m.includes('start')
			? `(calls.push('kit modules'), Promise.resolve(kit))`
			: `(calls.push('app modules'), Promise.resolve(app))`
	);
	new Function(...Object.keys(scope), code)(...Object.values(scope));
	const taskOf = new Map<string, number>();
	for (let task = 0; ; task++) {
		for (let i = 0; i < 20; i++) await Promise.resolve();
		for (const call of calls) if (!taskOf.has(call)) taskOf.set(call, task);
		if (tasks.length === 0) return taskOf;
		tasks.shift()!();
	}
}

describe('paintFirst', () => {
	const out = paintFirst(page());

	it('takes the module preloads out of the head and has the boot script add them', () => {
		expect(out).not.toMatch(/<link[^>]+modulepreload/);
		const boot = bootOf(out);
		expect(boot).toContain('link("./_app/immutable/entry/start.A.js");');
		expect(boot).toContain('link("./_app/immutable/chunks/C.js");');
	});

	it('imports the modules only once the first contentful paint is on screen', () => {
		const boot = bootOf(out);
		const waits = boot.indexOf("getEntriesByName('first-contentful-paint')");
		expect(waits).toBeGreaterThan(-1);
		expect(boot.indexOf('import(')).toBeGreaterThan(waits);
		expect(boot.indexOf('link("')).toBeGreaterThan(waits);
		// The element is still read while the script runs (document.currentScript is gone later).
		expect(boot.indexOf('document.currentScript')).toBeLessThan(waits);
		// Embeds and hidden tabs get no frame to wait for: they start at once.
		expect(boot).toContain("document.visibilityState === 'hidden' || self !== top");
	});

	it('writes the new boot script’s hash in the CSP, and only it', () => {
		expect(out).toContain(cspHash(bootOf(out)));
		expect(out).not.toContain(cspHash(BOOT));
		expect(out).toContain("object-src 'none'");
	});

	it('leaves a valid script that still starts the app with its modules', async () => {
		const boot = bootOf(out);
		expect(() => new Function(boot)).not.toThrow();
		expect(boot).toMatch(
			/\.then\(\(app\) => \[kit, app\]\)\)\}\)\.then\(.*setTimeout.*\)\.then\(\(\[kit, app\]\) => \{\s*app\.nodes\.forEach\(.*\);\s*kit\.start\(app, element/
		);
	});

	it('starts SvelteKit in a task after the one that ran its modules, with those modules', async () => {
		const calls: string[] = [];
		const kit = { start: (_app: unknown, element: string) => calls.push(`start ${element}`) };
		const taskOf = await runBoot(bootOf(out), calls, kit, { nodes: [] });
		expect(calls).toEqual(['kit modules', 'app modules', 'start element']);
		expect(taskOf.get('start element')).toBeGreaterThan(taskOf.get('app modules')!);
	});

	it('runs the kit’s modules, the app’s, SvelteKit’s start, then its hydration, each in a task of its own', async () => {
		const calls: string[] = [];
		const app = { nodes: [async () => (calls.push('layout node'), 'layout')] };
		// SvelteKit's start asks for its layout node at once, and hydrates with it.
		const kit = {
			start: (a: typeof app) => {
				calls.push('start');
				void a.nodes[0]!().then((node) => calls.push(`hydrate with ${node}`));
			}
		};
		const taskOf = await runBoot(bootOf(out), calls, kit, app);
		expect(calls).toEqual([
			'kit modules',
			'app modules',
			'start',
			'layout node',
			'hydrate with layout'
		]);
		expect(taskOf.get('app modules')).toBeGreaterThan(taskOf.get('kit modules')!);
		expect(taskOf.get('start')).toBeGreaterThan(taskOf.get('app modules')!);
		expect(taskOf.get('layout node')).toBeGreaterThan(taskOf.get('start')!);
		expect(taskOf.get('hydrate with layout')).toBe(taskOf.get('layout node'));
	});

	it('in a sandbox without allow-same-origin, imports nothing and stays the no-JS page', () => {
		const boot = bootOf(out);
		const sandboxed = boot.indexOf("self.origin === 'null' ?");
		expect(sandboxed).toBeGreaterThan(-1);
		expect(boot.indexOf('import(')).toBeGreaterThan(sandboxed);
		expect(boot).toContain("querySelectorAll('noscript')");
		expect(boot).toContain("message: 'height'");
	});

	it('leaves a page without SvelteKit’s boot script as it is', () => {
		const plain = '<html><head></head><body><p>No script</p></body></html>';
		expect(paintFirst(plain)).toBe(plain);
	});

	it('fails the build when SvelteKit’s boot script changed shape or its hash is missing', () => {
		const changed = BOOT.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => paintFirst(page(changed))).toThrow(/no longer has one "Promise.all\(\[/);
		const noHash = page().replace(cspHash(BOOT), "'unsafe-inline'");
		expect(() => paintFirst(noHash)).toThrow(/is not in the page's CSP/);
	});
});
