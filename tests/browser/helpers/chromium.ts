import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from 'playwright-core';

/** Debian's Chromium, or the one named by CHROMIUM_PATH. Never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export async function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH))
		throw new Error(
			`Chromium was not found at ${CHROMIUM_PATH}. Install Debian's package with ` +
				'`sudo apt-get update && sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.'
		);
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export const PHONE: BrowserContextOptions = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
export const SIZES = { phone: PHONE, desktop: DESKTOP } as const;

/** What a page said that a reader should never cause: console errors, uncaught exceptions, failed or foreign requests. */
export interface PageProblems {
	errors: string[];
}

/** Records console errors, page errors, HTTP errors and requests to other origins. */
export function watchProblems(page: Page, origin: string): PageProblems {
	const problems: PageProblems = { errors: [] };
	page.on('console', (msg) => {
		if (msg.type() === 'error' || msg.type() === 'warning')
			problems.errors.push(`console.${msg.type()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
	page.on('response', (res) => {
		if (res.status() >= 400) problems.errors.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	page.on('request', (req) => {
		const url = req.url();
		if (!url.startsWith(origin) && !url.startsWith('data:'))
			problems.errors.push(`request to another origin: ${url}`);
	});
	return problems;
}

/** Launches Chromium before a test file's tests and closes it after; returns a getter for it. */
export function useChromium(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('Chromium is not running yet');
		return browser;
	};
}

/**
 * A browser context shared by a describe block's tests: opened before them (then `setup` runs,
 * e.g. to add an init script), closed after. Returns a getter for it.
 */
export function useContext(
	browser: () => Browser,
	options: BrowserContextOptions,
	setup?: (context: BrowserContext) => Promise<unknown>
): () => BrowserContext {
	let context: BrowserContext | undefined;
	beforeAll(async () => {
		context = await browser().newContext(options);
		await setup?.(context);
	});
	afterAll(async () => {
		await context?.close();
	});
	return () => {
		if (!context) throw new Error('the browser context is not open yet');
		return context;
	};
}

/** The widths every graphic is checked at: the narrowest phone, a common phone, a desktop. */
export const LAYOUTS: [string, BrowserContextOptions][] = [
	['phone 320 px', { ...PHONE, viewport: { width: 320, height: 640 } }],
	['phone', PHONE],
	['desktop', DESKTOP]
];
