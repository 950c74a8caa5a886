import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';

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

/** The widths every graphic is checked at: the narrowest phone, a common phone, a desktop. */
export const LAYOUTS: [string, BrowserContextOptions][] = [
	['phone 320 px', { ...PHONE, viewport: { width: 320, height: 640 } }],
	['phone', PHONE],
	['desktop', DESKTOP]
];
