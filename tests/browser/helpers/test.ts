import { inject, test as base } from 'vitest';
import type {
	Browser,
	BrowserContext,
	BrowserContextOptions,
	CDPSession,
	ConsoleMessage,
	Page,
	Request,
	Response
} from 'playwright-core';
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
	/** A tab of its own, never reused: for a test that counts what the network serves (a reused
	 * tab holds the files it loaded before in its memory cache, which the network never sees). */
	fresh?: boolean;
	/** How much faster than real time the page's animations and transitions play (CDP
	 * `Animation.setPlaybackRate`), for a test that reads only where they end; default 1. */
	animationRate?: number;
	/** Navigation's end; default `load`. */
	waitUntil?: 'load' | 'domcontentloaded' | 'commit';
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
/** Plays the page's animations and transitions `rate` times faster than real time, until its next
 * navigation (CDP `Animation.setPlaybackRate`); 1 is real time. The page's CDP session stays open
 * (closing it would put the rate back). */
export async function setAnimationRate(page: Page, rate: number): Promise<void> {
	let cdp = sessions.get(page);
	if (!cdp) sessions.set(page, (cdp = page.context().newCDPSession(page)));
	await (await cdp).send('Animation.setPlaybackRate', { playbackRate: rate });
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
	/** Pages the file's tests are done with, ready for reuse, by context settings and init script. */
	idlePages: Map<string, Page[]>;
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

/** Records what a reader should never cause into `errors`, until `stop()`. */
function watch(
	page: Page,
	origins: string[],
	failing?: RegExp
): { errors: string[]; stop: () => void } {
	const errors: string[] = [];
	const foreign = (url: string) =>
		!url.startsWith('data:') && !url.startsWith('blob:') && !origins.some((o) => url.startsWith(o));
	const onConsole = (msg: ConsoleMessage) => {
		if (failing?.test(msg.location().url)) return;
		if (msg.type() === 'error' || msg.type() === 'warning')
			errors.push(`console.${msg.type()}: ${msg.text()}`);
	};
	const onPageError = (err: Error) => {
		// A module the test blocked on purpose fails to import: the error names it.
		const urls = err.message.match(/https?:\/\/\S+/g) ?? [];
		if (failing && urls.some((url) => failing.test(url))) return;
		errors.push(`pageerror: ${err.message}`);
	};
	const onRequest = (req: Request) => {
		if (foreign(req.url())) errors.push(`request to another origin: ${req.url()}`);
	};
	const onResponse = (res: Response) => {
		if (res.status() >= 400 && !failing?.test(res.url()))
			errors.push(`HTTP ${res.status()}: ${res.url()}`);
	};
	const onRequestFailed = (req: Request) => {
		const reason = req.failure()?.errorText ?? '';
		// A navigation or a closing page cancels what is still loading: not the page's fault.
		if (reason === 'net::ERR_ABORTED' || failing?.test(req.url())) return;
		errors.push(`request failed (${reason}): ${req.url()}`);
	};
	page.on('console', onConsole);
	page.on('pageerror', onPageError);
	page.on('request', onRequest);
	page.on('response', onResponse);
	page.on('requestfailed', onRequestFailed);
	const stop = () => {
		page.off('console', onConsole);
		page.off('pageerror', onPageError);
		page.off('request', onRequest);
		page.off('response', onResponse);
		page.off('requestfailed', onRequestFailed);
	};
	return { errors, stop };
}

/**
 * Makes a page that a test used ready for the next: a new tab costs Chromium about twice a page
 * load, so the file's tests reuse theirs. Whatever a test may have changed on its page is put back;
 * the page is closed instead when that fails. Returns whether the page can be reused.
 */
async function recycle(page: Page, settings: BrowserContextOptions): Promise<boolean> {
	try {
		// The motion switch remembers the reader's choice for the tab's visit (sessionStorage).
		for (const frame of page.frames())
			await frame.evaluate(() => sessionStorage.clear()).catch(() => undefined);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
		// What the test listened to on its page stops with it.
		await page.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
		await page.goto('about:blank');
		await page.emulateMedia({
			media: null,
			colorScheme: settings.colorScheme,
			reducedMotion: settings.reducedMotion
		});
		if (settings.viewport) await page.setViewportSize(settings.viewport);
		await page.mouse.move(0, 0);
		return true;
	} catch (error) {
		console.warn('a test page could not be reused:', error);
		return false;
	}
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
	idlePages: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			await use(new Map());
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
	usePage: async ({ useContext, idlePages }, use) => {
		const opened: {
			page: Page;
			/** Where the page waits for the next test; null: closed (a fresh tab). */
			key: string | null;
			settings: BrowserContextOptions;
			stop: () => void;
			errors: string[];
		}[] = [];
		await use(async (options = {}) => {
			const settings = contextOptions(options);
			const key = options.fresh
				? null
				: `${JSON.stringify(settings)}\n${options.animationRate ?? 1}\n${String(options.init ?? '')}`;
			let page = key === null ? undefined : idlePages.get(key)?.pop();
			// The context's front tab, as a new one would be: a tab left behind another gets no frames.
			if (page) await page.bringToFront();
			else {
				page = await (await useContext(options)).newPage();
				if (options.init)
					await page.addInitScript(
						typeof options.init === 'string' ? { content: options.init } : options.init
					);
			}
			const root = options.site ?? site();
			const origins = [new URL(root).origin, ...(options.origins ?? [])];
			opened.push({ page, key, settings, ...watch(page, origins, options.failing) });
			if (options.at !== undefined)
				await page.goto(`${root}${(options.edition ?? EDITIONS[0]!).path}${options.at}`, {
					waitUntil: options.waitUntil ?? 'load'
				});
			// Set after the navigation, which gives the page a new timeline at the normal rate.
			if (options.animationRate) await setAnimationRate(page, options.animationRate);
			return page;
		});
		const errors = opened.flatMap(({ errors }) => errors);
		for (const { page, key, settings, stop } of opened) {
			stop();
			if (errors.length === 0 && key !== null && (await recycle(page, settings))) {
				const idle = idlePages.get(key) ?? [];
				idle.push(page);
				idlePages.set(key, idle);
			} else await page.close();
		}
		if (errors.length) throw new Error(`the page reported problems:\n- ${errors.join('\n- ')}`);
	}
});
