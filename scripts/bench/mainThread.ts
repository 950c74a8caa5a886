import type { Browser, CDPSession, Page } from 'playwright-core';
import { PHONE } from '../../tests/browser/helpers/chromium';
import { JOB_MEASURE } from '../../src/lib/scheduler';

/** What ran in one long task: the task's length and the functions that took most of it. */
export interface TaskCause {
	startMs: number;
	durationMs: number;
	/** The task's entry points (idle callback, timer, frame, script…) with their function. */
	entries: string[];
	/** The functions sampled most often inside it (self time), `function (module:line)`. */
	functions: string[];
	/** The page scheduler's jobs that ran in it, by kind, longest first: `fonts 14 ms`. */
	jobs: string[];
}

export interface IdleLoad {
	/** Tasks of 50 ms or more from navigation to 12 s after load (longtask observer), in ms. */
	longTasks: number[];
	/** The traced load’s longest main-thread tasks (`LONGEST`), with what ran in them. */
	longest: TaskCause[];
}

export interface Taps {
	/**
	 * Each tap's slowest Event Timing entry (input delay + processing + next paint), in ms, and its
	 * parts: the wait for the main thread, the handlers, then the frame that shows the result
	 * (the browser rounds an entry's duration to 8 ms, so the parts may not add up to it).
	 */
	taps: {
		target: string;
		atMs: number;
		durationMs: number;
		delayMs: number;
		processingMs: number;
		presentationMs: number;
	}[];
	/** The slowest of them: the page's INP for these taps. */
	inp: number;
}

const OBSERVE_LONG_TASKS = `
	window.benchLong = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.benchLong.push(e.duration);
	}).observe({ type: 'longtask', buffered: true });
	window.benchEvents = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			window.benchEvents.push({
				name: e.name,
				start: e.startTime,
				duration: e.duration,
				processingStart: e.processingStart,
				processingEnd: e.processingEnd,
				id: e.interactionId
			});
	}).observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

const TRACE_CATEGORIES = [
	// The browser committing the navigation (the document and its script context made): the
	// longest task before any of the page's bytes is parsed, 110-130 ms at 4× CPU here.
	'navigation',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'disabled-by-default-v8.cpu_profiler',
	// The page scheduler's jobs, as User Timing measures (src/lib/scheduler.ts).
	'blink.user_timing'
];

export interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	id?: string;
	id2?: { local?: string };
	args?: { name?: string; data?: Record<string, unknown> };
}

async function startTrace(
	cdp: CDPSession,
	categories = TRACE_CATEGORIES
): Promise<() => Promise<TraceEvent[]>> {
	const events: TraceEvent[] = [];
	// The protocol types an event as strings only; its numbers and objects are read as they come.
	cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
	await cdp.send('Tracing.start', {
		categories: categories.join(','),
		transferMode: 'ReportEvents'
	});
	return async () => {
		const done = new Promise<void>((resolve) =>
			cdp.once('Tracing.tracingComplete', () => resolve())
		);
		await cdp.send('Tracing.end');
		await done;
		return events;
	};
}

/** A run of one of the page scheduler's jobs, from the trace (µs). */
export interface JobSpan {
	kind: string;
	start: number;
	end: number;
}

/** The scheduler's jobs in a trace: each `job …` User Timing measure, its begin and end paired. */
export function jobSpans(events: TraceEvent[]): JobSpan[] {
	const open = new Map<string, number>();
	const spans: JobSpan[] = [];
	for (const e of events) {
		if (!e.cat.includes('blink.user_timing') || !e.name.startsWith(JOB_MEASURE)) continue;
		// A measure's id is reused once it has ended: begin and end come in pairs.
		const key = `${e.pid} ${e.name} ${e.id2?.local ?? e.id ?? ''}`;
		if (e.ph === 'b') open.set(key, e.ts);
		const start = open.get(key);
		if (e.ph === 'e' && start !== undefined) {
			spans.push({ kind: e.name.slice(JOB_MEASURE.length), start, end: e.ts });
			open.delete(key);
		}
	}
	return spans;
}

/** The jobs that ran within [start, end) µs, by kind with their time there, longest first. */
export function jobsWithin(spans: JobSpan[], start: number, end: number): string[] {
	const byKind = new Map<string, number>();
	for (const span of spans) {
		const inside = Math.min(span.end, end) - Math.max(span.start, start);
		if (inside > 0 || (span.start >= start && span.start < end))
			byKind.set(span.kind, (byKind.get(span.kind) ?? 0) + Math.max(0, inside));
	}
	return [...byKind]
		.sort((a, b) => b[1] - a[1])
		.map(([kind, us]) => `${kind} ${(us / 1000).toFixed(0)} ms`);
}

/**
 * A task Lighthouse's mobile run counts toward TBT: it multiplies what it observed by about four
 * and counts what passes 50 ms, so a task of more than 12.5 ms after the first contentful paint.
 */
export interface BlockingTask {
	/** From the page's navigation, as observed (not Lighthouse's simulated times), ms. */
	startMs: number;
	durationMs: number;
	/** The page scheduler's jobs in it (`jobsWithin`). */
	jobs: string[];
	/** Its largest parts: `TimerFire 14 ms` (a timer: SvelteKit's start), `Layout 10 ms`… */
	parts: string[];
}

/** The parts of a task that say what it was. */
const TASK_PARTS = new Set([
	'v8.evaluateModule',
	'TimerFire',
	'RunMicrotasks',
	'FunctionCall',
	'EventDispatch',
	'FireAnimationFrame',
	'ParseHTML',
	'UpdateLayoutTree',
	'Layout',
	'Paint',
	'MinorGC',
	'MajorGC'
]);

/**
 * The page's main thread (the one that parsed its HTML): its complete events after its first
 * contentful paint, with the parsing and the paint; null when the trace has either missing.
 */
function afterFirstPaint(
	events: TraceEvent[]
): { parse: TraceEvent; paint: TraceEvent; after: TraceEvent[] } | null {
	// The page is the renderer that painted: another may have parsed HTML first (Lighthouse's
	// blank page, in some of Chromium 156's runs), with no paint of its own.
	const paint = events.find((e) => e.name === 'firstContentfulPaint');
	const parse =
		paint &&
		events.find((e) => e.name === 'ParseHTML' && e.pid === paint.pid && e.tid === paint.tid);
	if (!parse || !paint) return null;
	const after = events.filter(
		(e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.ts > paint.ts
	);
	return { parse, paint, after };
}

/** The tasks of a page load's trace (Lighthouse's own) that its TBT counts, in order. */
export function blockingTasks(events: TraceEvent[], minMs = 12.5): BlockingTask[] {
	const page = afterFirstPaint(events);
	if (!page) return [];
	const { parse, after } = page;
	// The page's navigation: the last one before its HTML was parsed.
	const starts = events
		.filter((e) => e.name === 'navigationStart' && e.pid === parse.pid && e.ts <= parse.ts)
		.map((e) => e.ts);
	const navigation = starts.length ? Math.max(...starts) : parse.ts;
	const jobs = jobSpans(events);
	return after
		.filter((t) => t.name === 'RunTask' && (t.dur ?? 0) > minMs * 1000)
		.sort((a, b) => a.ts - b.ts)
		.map((task) => {
			const end = task.ts + task.dur!;
			const byPart = new Map<string, number>();
			for (const e of after)
				if (e !== task && e.ts >= task.ts && e.ts < end && TASK_PARTS.has(e.name))
					byPart.set(e.name, (byPart.get(e.name) ?? 0) + (e.dur ?? 0));
			return {
				startMs: Math.round((task.ts - navigation) / 1000),
				durationMs: Math.round(task.dur! / 1000),
				jobs: jobsWithin(jobs, task.ts, end),
				parts: [...byPart]
					.sort((a, b) => b[1] - a[1])
					.filter(([, us]) => us >= 1000)
					.slice(0, 3)
					.map(([name, us]) => `${name} ${Math.round(us / 1000)} ms`)
			};
		});
}

const moduleOf = (url: unknown) =>
	typeof url === 'string' && url ? (url.split('/').pop() ?? url).split('?')[0] : '';

/** The trace’s longest main-thread tasks (three unless told), each with its entry points and hottest functions. */
export function longestTasks(events: TraceEvent[], origin: string, count = 3): TaskCause[] {
	// The page's renderer: the main thread that ran the site's scripts.
	const ranSite = (e: TraceEvent) => String(e.args?.data?.url ?? '').startsWith(origin);
	const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const main = mains.find((m) =>
		events.some((e) => e.pid === m.pid && e.tid === m.tid && ranSite(e))
	);
	if (!main) return [];
	const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
	const tasks = onMain
		.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur)
		.sort((a, b) => b.dur! - a.dur!)
		.slice(0, count);
	// The page's request: the start of its navigation.
	// (A loop, not Math.min(...): a long trace has more events than a call takes arguments.)
	let navigation = Infinity;
	for (const e of events)
		if (e.name === 'ResourceSendRequest' && ranSite(e)) navigation = Math.min(navigation, e.ts);
	for (const e of onMain) if (e.ph !== 'M') navigation = Math.min(navigation, e.ts);

	// CPU samples: the profile's nodes and, per sample, its time and node.
	const nodes = new Map<number, { functionName: string; url: string; lineNumber: number }>();
	const samples: { ts: number; node: number }[] = [];
	const profileStart = new Map<string, number>();
	for (const e of events) {
		if (e.name === 'Profile' && e.id && e.pid === main.pid)
			profileStart.set(e.id, Number(e.args?.data?.startTime));
		if (e.name !== 'ProfileChunk' || !e.id || e.pid !== main.pid) continue;
		const data = e.args?.data as {
			cpuProfile?: {
				nodes?: {
					id: number;
					callFrame: { functionName: string; url: string; lineNumber: number };
				}[];
				samples?: number[];
			};
			timeDeltas?: number[];
		};
		for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n.callFrame);
		let t = profileStart.get(e.id) ?? 0;
		const deltas = data.timeDeltas ?? [];
		(data.cpuProfile?.samples ?? []).forEach((node, i) => {
			t += deltas[i] ?? 0;
			samples.push({ ts: t, node });
		});
		profileStart.set(e.id, t);
	}

	const jobs = jobSpans(events);
	return tasks.map((task) => {
		const end = task.ts + task.dur!;
		const inside = onMain.filter(
			(e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 1000
		);
		const entries = inside
			.filter((e) =>
				[
					'RenderFrameImpl::CommitNavigation',
					'FunctionCall',
					'EvaluateScript',
					'v8.compileModule',
					'v8.evaluateModule',
					'FireIdleCallback',
					'TimerFire',
					'FireAnimationFrame',
					'EventDispatch',
					'ParseHTML',
					'UpdateLayoutTree',
					'Layout',
					'Paint'
				].includes(e.name)
			)
			.sort((a, b) => b.dur! - a.dur!)
			.slice(0, 4)
			.map((e) => {
				const d = e.args?.data ?? {};
				const where = [d.functionName, moduleOf(d.url)].filter(Boolean).join(' @ ');
				return `${e.name}${where ? ` ${where}` : ''} ${(e.dur! / 1000).toFixed(0)} ms`;
			});
		const counts = new Map<string, number>();
		for (const s of samples) {
			if (s.ts < task.ts || s.ts >= end) continue;
			const frame = nodes.get(s.node);
			if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
			const name = `${frame.functionName || '(anonymous)'} (${moduleOf(frame.url) || 'native'}${frame.url ? `:${frame.lineNumber + 1}` : ''})`;
			counts.set(name, (counts.get(name) ?? 0) + 1);
		}
		const functions = [...counts]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 4)
			.map(([name, n]) => `${name} ×${n}`);
		return {
			startMs: Math.round((task.ts - navigation) / 1000),
			durationMs: Math.round(task.dur! / 1000),
			entries,
			functions,
			jobs: jobsWithin(jobs, task.ts, end)
		};
	});
}

async function throttledPhone(browser: Browser) {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await page.addInitScript({ content: OBSERVE_LONG_TASKS });
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return { context, page, cdp };
}

const longTasksOf = (page: Page) =>
	page.evaluate(() => [...(window as unknown as { benchLong: number[] }).benchLong]);

/** How many of the traced load's longest tasks the bench describes. */
const LONGEST = 6;

/**
 * A phone with a 4× slower CPU opens the story and is left alone for 12 s after load: every task
 * of 50 ms or more (longtask observer). Then the same again with a trace (its CPU sampling slows
 * the page: its tasks are not counted), for what ran in the longest tasks.
 */
export async function measureIdleLoad(browser: Browser, url: string): Promise<IdleLoad> {
	const plain = await throttledPhone(browser);
	await plain.page.goto(url, { waitUntil: 'load' });
	await plain.page.waitForTimeout(12_000);
	const longTasks = await longTasksOf(plain.page);
	await plain.context.close();

	const traced = await throttledPhone(browser);
	const stop = await startTrace(traced.cdp);
	await traced.page.goto(url, { waitUntil: 'load' });
	await traced.page.waitForTimeout(12_000);
	const longest = longestTasks(await stop(), new URL(url).origin, LONGEST);
	await traced.context.close();
	return { longTasks: longTasks.filter((d) => d >= 50), longest };
}

export interface MainThreadWork {
	/** The main thread's task time from the first paint to 5 s after load, at full CPU speed, ms. */
	busyMs: number;
	/**
	 * Of which V8 compiling functions at their first call (the chunks' compile hint has it done
	 * off the main thread, with the file: see scripts/build/compileHints.ts), ms.
	 */
	compileMs: number;
}

/**
 * A phone at full CPU speed opens the story, three times: the median of the main thread's work
 * after the first paint (Lighthouse's simulation multiplies it by four), and of its compiling.
 */
export async function measureMainThreadWork(
	browser: Browser,
	url: string
): Promise<MainThreadWork> {
	const runs: MainThreadWork[] = [];
	for (let i = 0; i < 3; i++) {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		const stop = await startTrace(await context.newCDPSession(page), COMPILE_CATEGORIES);
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForTimeout(5000);
		const events = await stop();
		await context.close();
		runs.push(workAfterFirstPaint(events));
	}
	const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
	return {
		busyMs: median(runs.map((r) => r.busyMs)),
		compileMs: median(runs.map((r) => r.compileMs))
	};
}

/** Tasks and V8's compiling on the main thread. */
const COMPILE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-v8.compile'
];

/** The page's main thread (the one that parsed its HTML), after its first contentful paint. */
function workAfterFirstPaint(events: TraceEvent[]): MainThreadWork {
	const page = afterFirstPaint(events);
	if (!page) throw new Error('bench: no HTML parsing or first paint in the trace');
	const { after } = page;
	const ms = (name: string) =>
		after.filter((e) => e.name === name).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
	return { busyMs: Math.round(ms('RunTask')), compileMs: Math.round(ms('V8.CompileCode')) };
}

type Input = { name: string; act: (page: Page) => Promise<void> };
/** The step bar is the keyboard's (it shows itself on focus): its key; a card's share control is tapped. */
const INPUTS: Input[] = [
	{ name: 'step bar (n)', act: (page) => page.keyboard.press('n') },
	{
		name: 'share control (tap)',
		act: (page) => page.locator('[data-share] summary').first().tap({ timeout: 10_000 })
	},
	{ name: 'step bar (n)', act: (page) => page.keyboard.press('n') },
	{ name: 'step bar (p)', act: (page) => page.keyboard.press('p') }
];

/**
 * A phone with a 4× slower CPU opens the story and the reader acts at once, half a second apart:
 * the step bar's key, a card's share control, the step bar again. Each input's slowest Event
 * Timing entry (from the input to the next paint): the largest is the page's INP.
 */
export async function measureTaps(browser: Browser, url: string): Promise<Taps> {
	const { context, page } = await throttledPhone(browser);
	const started = Date.now();
	await page.goto(url, { waitUntil: 'load' });
	const taps: Taps['taps'] = [];
	for (const input of INPUTS) {
		const before = await page.evaluate(
			() => (window as unknown as { benchEvents: unknown[] }).benchEvents.length
		);
		const atMs = Date.now() - started;
		await input.act(page);
		await page.waitForTimeout(500);
		const events = await page.evaluate(
			(from) =>
				(
					window as unknown as {
						benchEvents: {
							name: string;
							start: number;
							duration: number;
							processingStart: number;
							processingEnd: number;
							id: number;
						}[];
					}
				).benchEvents.slice(from),
			before
		);
		const slowest = events.reduce<(typeof events)[number] | undefined>(
			(worst, e) => (!worst || e.duration > worst.duration ? e : worst),
			undefined
		);
		const part = (ms: number) => Math.max(0, Math.round(ms));
		taps.push({
			target: input.name,
			atMs,
			durationMs: slowest?.duration ?? 0,
			delayMs: slowest ? part(slowest.processingStart - slowest.start) : 0,
			processingMs: slowest ? part(slowest.processingEnd - slowest.processingStart) : 0,
			presentationMs: slowest ? part(slowest.start + slowest.duration - slowest.processingEnd) : 0
		});
	}
	await context.close();
	return { taps, inp: Math.max(0, ...taps.map((t) => t.durationMs)) };
}
