import type { Browser } from 'playwright-core';
import { PHONE } from '../../tests/browser/helpers/chromium';

/** How much of the screen the chart gets, at one viewport. */
export interface GraphicRoom {
	viewport: string;
	/** Each step's median share of the viewport that shows the chart's drawing, uncovered. */
	steps: Record<string, number>;
	/** The median of the steps' medians. */
	median: number;
	/** The smallest height of the chart's drawing seen, in px. */
	smallestChartPx: number;
	/** The chart box's smallest height, as a share of the viewport's. */
	smallestBoxShare: number;
	/** The distinct sizes of the chart box seen while scrolling (one is the goal). */
	boxSizes: string[];
}

/** The viewports the room is measured at: phones upright, small phones, a phone sideways, a tablet, desktops. */
export const ROOM_VIEWPORTS = [
	'390x844',
	'360x740',
	'320x640',
	'844x390',
	'820x1180',
	'1440x900'
] as const;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	if (!sorted.length) return 0;
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Sample {
	step: string | null;
	room: number;
	chartHeight: number;
	box: { width: number; height: number };
}

/**
 * One sample at the page's scroll position, once two frames have been laid out: the active step
 * and the chart's uncovered room. A string, not a function: tsx would wrap named functions in a
 * helper the page lacks.
 */
const SAMPLE = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
	const W = innerWidth, H = innerHeight;
	const clip = (a, b) => {
		const r = {
			left: Math.max(a.left, b.left), top: Math.max(a.top, b.top),
			right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom)
		};
		return r.right > r.left && r.bottom > r.top ? r : null;
	};
	const area = (r) => (r ? (r.right - r.left) * (r.bottom - r.top) : 0);
	const box = document.querySelector('[data-chart-box]').getBoundingClientRect();
	const view = document.querySelector('[data-graphic]').getAttribute('data-view');
	// The drawing: the troop chart, or the map with the land that reaches under the cards'
	// landing zone; in both cases inside the box, which clips them.
	const drawing = document.querySelector(
		view === 'map' ? '.chart.shown .map-area' : '.chart.shown .troop-chart'
	);
	const step = document.querySelector('[data-step].active')?.id ?? null;
	const boxSize = { width: Math.round(box.width), height: Math.round(box.height) };
	const inBox = drawing && clip(drawing.getBoundingClientRect(), box);
	if (!inBox) return resolve({ step, room: 0, chartHeight: 0, box: boxSize });
	const shown = clip(inBox, { left: 0, top: 0, right: W, bottom: H });
	let room = area(shown);
	if (shown)
		for (const card of document.querySelectorAll('[data-step] .card'))
			room -= area(clip(card.getBoundingClientRect(), shown));
	resolve({ step, room: room / (W * H), chartHeight: Math.round(inBox.bottom - inBox.top), box: boxSize });
})))`;

/**
 * Scrolls the story from its first step to its last at one viewport, a twentieth of the screen
 * at a time, and measures at each position the share of the viewport where the chart's drawing
 * is seen: inside the viewport and the chart's box, less what the cards cover.
 */
export async function measureGraphicRoom(
	browser: Browser,
	url: string,
	size: string,
	quick = false
): Promise<GraphicRoom> {
	const [width, height] = size.split('x').map(Number) as [number, number];
	const viewport = { width, height };
	const context = await browser.newContext(
		width < 1024 ? { ...PHONE, viewport } : { viewport, deviceScaleFactor: 1 }
	);
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForSelector('html[data-story-ready]');
	await page.waitForSelector('[data-graphic][data-atlas="loaded"]', { timeout: 15_000 });
	const [start, end] = (await page.evaluate(`(() => {
		const steps = [...document.querySelectorAll('[data-step]')];
		const top = (el) => el.getBoundingClientRect().top + scrollY;
		return [top(steps[0]) - innerHeight, top(steps.at(-1)) + innerHeight];
	})()`)) as [number, number];
	const byStep: Record<string, number[]> = {};
	let smallestChartPx = Infinity;
	let smallestBoxShare = Infinity;
	const boxSizes = new Set<string>();
	// A twentieth of a screen at a time (half a screen for a quick run: coarse, for the smoke test).
	const stride = Math.round(height / (quick ? 2 : 20));
	for (let y = Math.max(0, start); y <= end; y += stride) {
		await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
		const s = (await page.evaluate(SAMPLE)) as Sample;
		if (!s.step) continue;
		(byStep[s.step] ??= []).push(s.room);
		smallestChartPx = Math.min(smallestChartPx, s.chartHeight);
		smallestBoxShare = Math.min(smallestBoxShare, s.box.height / height);
		boxSizes.add(`${s.box.width}x${s.box.height}`);
	}
	await context.close();
	const steps = Object.fromEntries(Object.entries(byStep).map(([k, v]) => [k, median(v)]));
	return {
		viewport: size,
		steps,
		median: median(Object.values(steps)),
		smallestChartPx,
		smallestBoxShare,
		boxSizes: [...boxSizes]
	};
}
