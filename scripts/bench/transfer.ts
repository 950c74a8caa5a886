import type { Browser } from 'playwright-core';
import { bootModules } from '../../src/lib/framework/paintFirst';
import { PHONE } from '../../tests/browser/helpers/chromium';

export type Kind = 'html' | 'js' | 'css' | 'font' | 'data' | 'image' | 'other';
export interface Transfer {
	/** What the page needs to start: requests made before its load event, its boot modules and fonts. */
	byKind: Record<Kind, { compressed: number; raw: number; requests: number }>;
	jsCompressed: number;
	totalCompressed: number;
	totalRaw: number;
	/** What loads once the page is idle (the maps' code and data), compressed and raw. */
	deferred: { compressed: number; raw: number; requests: number };
	foreign: number;
}

const KIND: Record<string, Kind> = {
	Document: 'html',
	Script: 'js',
	Stylesheet: 'css',
	Font: 'font',
	Image: 'image',
	Fetch: 'data',
	XHR: 'data'
};

/**
 * What a first visit downloads on a phone: bytes on the wire (compressed) and decoded, by kind,
 * from Chromium's network events; the first load apart from what loads once the page is idle (the
 * maps). The first load is what comes before the load event, plus the web fonts (just after it)
 * and the modules the page's boot script names (fetched once the page is painted: paintFirst.ts).
 */
export async function measureTransfer(browser: Browser, url: string): Promise<Transfer> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Page.enable');
	const requests = new Map<
		string,
		{ url: string; kind: Kind; compressed: number; raw: number; started: number }
	>();
	const started = new Map<string, number>();
	let loadedAt = Infinity;
	cdp.on('Network.requestWillBeSent', (e) => started.set(e.requestId, e.timestamp));
	cdp.on('Page.loadEventFired', (e) => (loadedAt = e.timestamp));
	cdp.on('Network.responseReceived', (e) => {
		requests.set(e.requestId, {
			url: e.response.url,
			kind: KIND[e.type] ?? 'other',
			compressed: 0,
			raw: 0,
			started: started.get(e.requestId) ?? 0
		});
	});
	cdp.on('Network.dataReceived', (e) => {
		const r = requests.get(e.requestId);
		if (r) r.raw += e.dataLength;
	});
	cdp.on('Network.loadingFinished', (e) => {
		const r = requests.get(e.requestId);
		if (r) r.compressed = e.encodedDataLength;
	});
	const response = await page.goto(url, { waitUntil: 'load' });
	const boot = new Set(
		bootModules((await response?.text()) ?? '').map((ref) => new URL(ref, url).href)
	);
	await page.waitForSelector('[data-graphic][data-atlas="loaded"]', { timeout: 15_000 });
	await page.waitForTimeout(500);
	// The map data is a JavaScript module: count it as data.
	for (const [id, r] of requests) {
		if (r.kind !== 'js') continue;
		const { body } = await cdp
			.send('Network.getResponseBody', { requestId: id })
			.catch(() => ({ body: '' }));
		if (body.includes('Topology')) r.kind = 'data';
	}
	await context.close();

	const origin = new URL(url).origin;
	const byKind = Object.fromEntries(
		(['html', 'js', 'css', 'font', 'data', 'image', 'other'] as Kind[]).map((k) => [
			k,
			{ compressed: 0, raw: 0, requests: 0 }
		])
	) as Transfer['byKind'];
	let foreign = 0;
	const deferred = { compressed: 0, raw: 0, requests: 0 };
	for (const r of requests.values()) {
		if (r.url.startsWith('data:')) continue;
		if (!r.url.startsWith(origin)) foreign++;
		if (r.started > loadedAt && r.kind !== 'font' && !boot.has(r.url)) {
			deferred.compressed += r.compressed;
			deferred.raw += r.raw;
			deferred.requests++;
			continue;
		}
		byKind[r.kind].compressed += r.compressed;
		byKind[r.kind].raw += r.raw;
		byKind[r.kind].requests++;
	}
	const values = Object.values(byKind);
	return {
		byKind,
		jsCompressed: byKind.js.compressed,
		totalCompressed: values.reduce((s, v) => s + v.compressed, 0),
		totalRaw: values.reduce((s, v) => s + v.raw, 0),
		deferred,
		foreign
	};
}
