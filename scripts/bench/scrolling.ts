import type { Browser } from 'playwright-core';
import { PHONE } from '../../tests/browser/helpers/chromium';

export interface Scrolling {
	frames: number;
	frameP50: number;
	frameP95: number;
	frameP99: number;
	longTasks: number;
	longestTaskMs: number;
	/**
	 * Each long task (50 ms or more) and the step the graphic showed when the observer reported
	 * it, just after the task: `violences 63 ms`. A step change's frame is the usual one.
	 */
	longTaskSteps: string[];
	heapFirstMB: number;
	heapThirdMB: number;
	heapGrowth: number;
}

const percentile = (sorted: number[], p: number) =>
	sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

/**
 * Scrolls the whole story down and up three times with the CPU slowed 4×, as on a mid-range
 * phone: frame times from requestAnimationFrame, long tasks from PerformanceObserver, and the
 * JS heap (after garbage collection) after the first and the third round trip.
 */
export async function measureScrolling(
	browser: Browser,
	url: string,
	quick = false
): Promise<Scrolling> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	// A string, not a function: tsx would wrap named functions in a helper the page lacks.
	await page.addInitScript({
		content: `
			window.benchFrames = [];
			window.benchLong = [];
			let last = 0;
			const loop = (t) => {
				if (last) window.benchFrames.push(t - last);
				last = t;
				requestAnimationFrame(loop);
			};
			requestAnimationFrame(loop);
			new PerformanceObserver((list) => {
				const step = document.querySelector('[data-graphic]')?.getAttribute('data-active-step');
				for (const entry of list.getEntries())
					window.benchLong.push({ duration: entry.duration, step: step ?? '(none)' });
			}).observe({ type: 'longtask', buffered: true });
		`
	});
	const cdp = await context.newCDPSession(page);
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForSelector('[data-graphic][data-atlas="loaded"]', { timeout: 15_000 });
	// A quick run (the smoke test's) checks the measuring, not the page: full speed, two trips.
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: quick ? 1 : 4 });
	await page.waitForTimeout(500);
	await page.evaluate(() => {
		const w = window as unknown as { benchFrames: number[]; benchLong: unknown[] };
		w.benchFrames.length = 0;
		w.benchLong.length = 0;
	});
	const end = await page.evaluate(
		() => document.getElementById('violences')!.getBoundingClientRect().bottom + scrollY
	);
	// A quick run moves more than a screen at a time: it only has to exercise the measuring.
	const step = quick ? 1500 : 100;
	const heap = async () => {
		await cdp.send('HeapProfiler.collectGarbage');
		return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
	};
	const heaps: number[] = [];
	for (let trip = 0; trip < (quick ? 2 : 3); trip++) {
		for (let y = 0; y < end; y += step) {
			await page.mouse.wheel(0, step);
			await page.waitForTimeout(quick ? 20 : 60);
		}
		for (let y = end; y > 0; y -= step) {
			await page.mouse.wheel(0, -step);
			await page.waitForTimeout(quick ? 20 : 60);
		}
		await page.waitForTimeout(quick ? 100 : 900);
		heaps.push(await heap());
	}
	const { frames, long } = await page.evaluate(() => {
		const w = window as unknown as {
			benchFrames: number[];
			benchLong: { duration: number; step: string }[];
		};
		return { frames: [...w.benchFrames], long: [...w.benchLong] };
	});
	await context.close();
	const sorted = frames.sort((a, b) => a - b);
	return {
		frames: sorted.length,
		frameP50: percentile(sorted, 50),
		frameP95: percentile(sorted, 95),
		frameP99: percentile(sorted, 99),
		longTasks: long.filter((t) => t.duration >= 50).length,
		longestTaskMs: Math.max(0, ...long.map((t) => t.duration)),
		longTaskSteps: long
			.filter((t) => t.duration >= 50)
			.map((t) => `${t.step} ${Math.round(t.duration)} ms`),
		heapFirstMB: heaps[0]!,
		// After the last trip: the third (the second in a quick run).
		heapThirdMB: heaps.at(-1)!,
		heapGrowth: (heaps.at(-1)! - heaps[0]!) / heaps[0]!
	};
}
