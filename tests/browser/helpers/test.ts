import { inject, test as base } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, PHONE } from './chromium';
import { EDITIONS, type Edition } from './story';

/** How to open a page of the story: where, in which edition, viewport, theme and settings. */
export interface PageOptions {
	/** Where to go, relative to the edition's root: `''`, `'#helmand'`, `'s/otan/'`. Omitted: the page stays blank. */
	at?: string;
	/** Default: the French edition. */
	edition?: Edition;
	/** Viewport and device (`PHONE`, `DESKTOP`, one of `LAYOUTS`); default `PHONE`. */
	size?: BrowserContextOptions;
	/** The system's colour scheme; default light. */
	theme?: 'light' | 'dark';
	reducedMotion?: 'reduce' | 'no-preference';
	/** Default true. */
	javaScript?: boolean;
	/** Browser permissions, e.g. `['clipboard-read', 'clipboard-write']`. */
	permissions?: string[];
	/** Runs in the page before its own scripts. A string where tsx would wrap a function's helpers. */
	init?: string | (() => void);
	/** The site's root URL (default: the root build's); the page may load from its origin only. */
	site?: string;
	/** Other origins the page may load from (a host page's, for instance). */
	origins?: string[];
	/** Requests the test makes fail on purpose. */
	failing?: RegExp;
	/** Navigation's end; default `load`. */
	waitUntil?: 'load' | 'domcontentloaded' | 'commit';
}

/** The root build's URL, served by the browser project's global setup. */
export const site = (): string => inject('siteUrl');

export interface BrowserFixtures {
	/** Opens a page (see `PageOptions`); at the test's end, fails it on any console error or warning,
	 * uncaught exception, failed request or request to another origin, then closes it. */
	usePage: (options?: PageOptions) => Promise<Page>;
	/** The browser context pages of those options open in, shared by the file's tests. */
	useContext: (options?: PageOptions) => Promise<BrowserContext>;
}
interface FileFixtures {
	contexts: Map<string, Promise<BrowserContext>>;
}
interface WorkerFixtures {
	browser: Browser;
}

const contextOptions = (o: PageOptions): BrowserContextOptions => ({
	...(o.size ?? PHONE),
	colorScheme: o.theme ?? 'light',
	reducedMotion: o.reducedMotion ?? 'no-preference',
	javaScriptEnabled: o.javaScript ?? true,
	permissions: o.permissions ?? []
});

/** Records what a reader should never cause; returns the list it fills. */
function watch(page: Page, origins: string[], failing?: RegExp): string[] {
	const errors: string[] = [];
	const foreign = (url: string) =>
		!url.startsWith('data:') && !url.startsWith('blob:') && !origins.some((o) => url.startsWith(o));
	page.on('console', (msg) => {
		if (failing?.test(msg.location().url)) return;
		if (msg.type() === 'error' || msg.type() === 'warning')
			errors.push(`console.${msg.type()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => {
		// A module the test blocked on purpose fails to import: the error names it.
		const urls = err.message.match(/https?:\/\/\S+/g) ?? [];
		if (failing && urls.some((url) => failing.test(url))) return;
		errors.push(`pageerror: ${err.message}`);
	});
	page.on('request', (req) => {
		if (foreign(req.url())) errors.push(`request to another origin: ${req.url()}`);
	});
	page.on('response', (res) => {
		if (res.status() >= 400 && !failing?.test(res.url()))
			errors.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	page.on('requestfailed', (req) => {
		const reason = req.failure()?.errorText ?? '';
		// A navigation or a closing page cancels what is still loading: not the page's fault.
		if (reason === 'net::ERR_ABORTED' || failing?.test(req.url())) return;
		errors.push(`request failed (${reason}): ${req.url()}`);
	});
	return errors;
}

/**
 * The browser tests' `test`: one Chromium per worker, one context per set of options per file,
 * and `usePage` (see `BrowserFixtures`).
 */
export const test = base.extend<{
	$test: BrowserFixtures;
	$file: FileFixtures;
	$worker: WorkerFixtures;
}>({
	browser: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const browser = await launchChromium();
			await use(browser);
			await browser.close();
		},
		{ scope: 'worker' }
	],
	contexts: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const contexts = new Map<string, Promise<BrowserContext>>();
			await use(contexts);
			for (const context of contexts.values()) await (await context).close();
		},
		{ scope: 'file' }
	],
	useContext: async ({ browser, contexts }, use) => {
		await use((options = {}) => {
			const settings = contextOptions(options);
			const key = JSON.stringify(settings);
			let context = contexts.get(key);
			if (!context) {
				context = browser.newContext(settings);
				contexts.set(key, context);
			}
			return context;
		});
	},
	usePage: async ({ useContext }, use) => {
		const opened: { page: Page; errors: string[] }[] = [];
		await use(async (options = {}) => {
			const page = await (await useContext(options)).newPage();
			const root = options.site ?? site();
			const origins = [new URL(root).origin, ...(options.origins ?? [])];
			opened.push({ page, errors: watch(page, origins, options.failing) });
			if (options.init)
				await page.addInitScript(
					typeof options.init === 'string' ? { content: options.init } : options.init
				);
			if (options.at !== undefined)
				await page.goto(`${root}${(options.edition ?? EDITIONS[0]!).path}${options.at}`, {
					waitUntil: options.waitUntil ?? 'load'
				});
			return page;
		});
		const errors = opened.flatMap(({ errors }) => errors);
		for (const { page } of opened) await page.close();
		if (errors.length) throw new Error(`the page reported problems:\n- ${errors.join('\n- ')}`);
	}
});
