import { createHash } from 'node:crypto';
import { SANDBOXED_FALLBACK } from './sandboxed';

/**
 * Rewrites a prerendered page so that its code is fetched and run only after the page has been
 * painted once. SvelteKit's page preloads every module in <head> and imports them at the end of
 * <body>: on a slow phone the modules then compete with the HTML for the network, and hydration (a
 * long task) can run before the first paint. Here the modulepreload links leave <head>; the boot
 * script waits for the first contentful paint, then adds them (the modules still download in
 * parallel, with no import waterfall) and imports. Not where no frame would come: a hidden tab, or
 * an iframe (an embed out of view gets no frame until it is seen, and it must tell its host its
 * height at once).
 *
 * In a sandbox without `allow-same-origin`, where modules cannot load, the page stays as it
 * reads without JavaScript instead (see sandboxed.ts).
 *
 * The boot script is SvelteKit's: its text changes, so its hash in the page's CSP is written anew.
 * Anything unexpected (SvelteKit changed its boot script) fails the build rather than ship a page
 * that would not start.
 */
export function paintFirst(html: string): string {
	const preloads: string[] = [];
	const withoutPreloads = html.replace(
		/<link href="([^"]+)" rel="modulepreload">\s*/g,
		(_, href: string) => (preloads.push(href), '')
	);
	const boot = findBootScript(withoutPreloads);
	if (!boot) return html; // a page without SvelteKit's client (none here today)

	const rewritten = deferImports(boot, preloads);
	const oldHash = cspHash(boot);
	if (!withoutPreloads.includes(oldHash))
		throw new Error(`paintFirst: the boot script's hash ${oldHash} is not in the page's CSP`);
	return withoutPreloads.replace(boot, () => rewritten).replace(oldHash, () => cspHash(rewritten));
}

/** The inline script that starts SvelteKit: the one that imports its entry modules. */
export function findBootScript(html: string): string | null {
	for (const match of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
		const text = match[1]!;
		if (text.includes('import(') && text.includes('.start(')) return text;
	}
	return null;
}

/**
 * The modules a rewritten page's boot script preloads and imports, as it writes them (relative to
 * the page): what the page loads to start, for the bench and the byte budgets.
 */
export function bootModules(html: string): string[] {
	const refs = html.matchAll(/(?:link|import)\("([^"]+\.js)"\)/g);
	return [...new Set([...refs].map((m) => m[1]!))];
}

/** The error for a SvelteKit whose boot script no longer reads as this rewrite expects. */
const bootChanged = (expected: string) =>
	new Error(
		`paintFirst: SvelteKit's boot script no longer ${expected}; update src/lib/framework/paintFirst.ts`
	);

/** SvelteKit's `Promise.all([import(…), …]).then(([kit, app]) => …)`, started after a paint. */
function deferImports(script: string, preloads: string[]): string {
	const start = 'Promise.all([';
	const end = ']).then(([kit, app])';
	if (count(script, start) !== 1 || count(script, end) !== 1)
		throw bootChanged(`has one "${start}…${end}"`);
	const kitStart = 'kit.start(app,';
	if (count(script, kitStart) !== 1) throw bootChanged(`has one "${kitStart}"`);
	const imports = script.slice(script.indexOf(start) + start.length, script.indexOf(end));
	const [kit, app, ...more] = imports.split(',').map((part) => part.trim());
	if (!kit?.startsWith('import(') || !app?.startsWith('import(') || more.length)
		throw bootChanged("imports two modules, its kit's and its app's");
	const links = preloads.map((href) => `link(${JSON.stringify(href)});`).join(' ');
	// The kit's modules, then the app's in a task of their own (see NEXT_TASK).
	const load = `${kit}${NEXT_TASK}.then((kit) => ${app}.then((app) => [kit, app]))`;
	const afterPaint = `(self.origin === 'null' ? ${SANDBOXED_FALLBACK} : ${AFTER_FIRST_PAINT}).then(() => { ${LINK} ${links} return ${load}})`;
	return script
		.replace(start + imports + end, () => `${afterPaint}${NEXT_TASK}${end.slice(2)}`)
		.replace(kitStart, () => `${NODES_LATER} ${kitStart}`);
}

/**
 * SvelteKit starts in a task of its own, not in the one that ran its modules: the two together
 * took 25-30 ms on a fast machine (a long task on a slow phone once Lighthouse multiplies it). Its
 * modules run in two: its kit's (its client and Svelte's runtime), then its app's (12-25 ms
 * together, on a fast machine).
 */
const NEXT_TASK = '.then((modules) => new Promise((next) => setTimeout(next, 0, modules)))';

/**
 * SvelteKit's start, then its hydration, each in a task of its own: the page's route nodes (its
 * layout and page modules, which hydration waits for) load a task later. Together they took 14-20
 * ms on a fast machine, which Lighthouse's mobile run reads as a long task near the end of the
 * load, and its time to interactive then went past 1.5 s.
 */
const NODES_LATER =
	'app.nodes.forEach((load, i) => (app.nodes[i] = () => new Promise((next) => setTimeout(next)).then(load)));';

/**
 * Resolves once the first contentful paint is on screen (the Paint Timing entry; two frames where
 * a browser lacks it), at once where no frame would come, and after 3 s whatever happens.
 */
const AFTER_FIRST_PAINT = `new Promise((painted) => {
	if (document.visibilityState === 'hidden' || self !== top) return painted();
	setTimeout(painted, 3000);
	if (!(window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).includes('paint')))
		return requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(painted)));
	new PerformanceObserver((list, observer) => {
		if (!list.getEntriesByName('first-contentful-paint').length) return;
		observer.disconnect();
		setTimeout(painted);
	}).observe({ type: 'paint', buffered: true });
})`;
// Each in a task of its own: issuing a request costs several ms on a slow phone (ten in one task
// took 40-66 ms at 4× CPU).
const LINK =
	"const link = (href) => setTimeout(() => document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'modulepreload', href })));";

const count = (text: string, part: string) => text.split(part).length - 1;

/** The CSP source expression for an inline script's text. */
export const cspHash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
