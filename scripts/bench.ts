/**
 * `npm run bench`: builds the story, serves build/ compressed like a static host, and measures it
 * in the system Chromium: first-load transfer by kind, Lighthouse (mobile and desktop presets),
 * scrolling smoothness at 4× CPU throttling and heap growth. Prints a table, writes
 * test-results/bench.json. Also the graphic's room: how much of the screen the chart gets at each
 * viewport, cards taken off. Options: --check (exit 1 when a budget is missed), --no-build,
 * --quick (no Lighthouse, a fast scroll at full CPU speed: for the smoke test, not for figures), --room (the
 * graphic's room only).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { launchChromium } from '../tests/browser/helpers/chromium';
import { BUDGETS, missedBudgets } from './bench/budgets';
import {
	lighthouseRows,
	runLighthouse,
	runsToExplain,
	type LighthouseReport,
	type LighthouseRun
} from './bench/lighthouse';
import {
	measureIdleLoad,
	measureMainThreadWork,
	measureTaps,
	type IdleLoad,
	type MainThreadWork,
	type Taps
} from './bench/mainThread';
import { measureGraphicRoom, ROOM_VIEWPORTS, type GraphicRoom } from './bench/graphicRoom';
import { measureScrolling } from './bench/scrolling';
import { withoutBootScript } from './bench/floor';
import { serveCompressed } from './bench/serve';
import { measureTransfer } from './bench/transfer';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const roomOnly = args.has('--room');
const out = 'test-results/bench.json';
const MOBILE_RUNS = 3;

if (!args.has('--no-build')) {
	const result = spawnSync('npm', ['run', 'build', '--silent'], {
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const dir = process.env.BENCH_DIR ?? 'build';
const { server, url } = await serveCompressed(dir);
const browser = await launchChromium();
try {
	const graphicRoom: GraphicRoom[] = [];
	// A quick run measures the room at the first viewport only: the same code at every size.
	for (const size of quick ? ROOM_VIEWPORTS.slice(0, 1) : ROOM_VIEWPORTS)
		graphicRoom.push(await measureGraphicRoom(browser, url, size, quick));
	console.log('\nGraphic room: the share of the screen where the chart is seen, cards taken off');
	console.table(
		Object.fromEntries(
			graphicRoom.map((r) => [
				r.viewport,
				{
					'median over steps': r.median.toFixed(2),
					'smallest step': Math.min(...Object.values(r.steps)).toFixed(2),
					'smallest chart px': r.smallestChartPx,
					'box / viewport height': r.smallestBoxShare.toFixed(2),
					'box sizes': r.boxSizes.length
				}
			])
		)
	);
	if (roomOnly) {
		const misses = missedBudgets({ graphicRoom });
		mkdirSync('test-results', { recursive: true });
		writeFileSync(out, JSON.stringify({ graphicRoom, misses }, null, 2));
		console.log(
			misses.length ? `\nBudgets missed:\n- ${misses.join('\n- ')}` : '\nAll budgets met.'
		);
		if (args.has('--check') && misses.length) process.exitCode = 1;
		process.exit();
	}
	const transfer = await measureTransfer(browser, url);
	const scrolling = await measureScrolling(browser, url, quick);
	// The main thread from navigation to 12 s after load, and taps in the first seconds (4× CPU).
	let idle: IdleLoad | undefined;
	let taps: Taps | undefined;
	let mainThread: MainThreadWork | undefined;
	if (!quick) {
		idle = await measureIdleLoad(browser, url);
		taps = await measureTaps(browser, url);
		mainThread = await measureMainThreadWork(browser, url);
	}
	// Lighthouse runs its own Chromium: this one must not be running beside it.
	await browser.close();
	let lighthouse: LighthouseReport | undefined;
	if (!quick) {
		// Three mobile runs (TBT must hold in each); the median by TBT is the one reported. Each
		// followed by a run of the same page without its script (the floor, see floor.ts): this
		// machine's noise moves both alike.
		const mobileRuns: LighthouseRun[] = [];
		const floorRuns: LighthouseRun[] = [];
		const floor = await serveCompressed(dir, { html: withoutBootScript });
		for (let i = 0; i < MOBILE_RUNS; i++) {
			mobileRuns.push(await runLighthouse(url, 'mobile'));
			floorRuns.push(await runLighthouse(floor.url, 'mobile'));
		}
		floor.server.close();
		const byTbt = [...mobileRuns].sort((a, b) => a.tbt - b.tbt);
		lighthouse = {
			mobile: byTbt[Math.floor(byTbt.length / 2)]!,
			desktop: await runLighthouse(url, 'desktop'),
			mobileRuns,
			floorRuns
		};
	}

	const report = {
		date: new Date().toISOString(),
		machine: {
			cpus: cpus().length,
			cpu: cpus()[0]?.model ?? '?',
			memoryGB: Math.round(totalmem() / 2 ** 30),
			node: process.version
		},
		quick,
		transfer,
		scrolling,
		graphicRoom,
		lighthouse,
		idle,
		mainThread,
		taps,
		budgets: BUDGETS
	};
	const misses = missedBudgets({
		transfer,
		scrolling,
		graphicRoom,
		lighthouse: lighthouse && {
			mobile: lighthouse.mobile,
			desktop: { performance: lighthouse.desktop.performance },
			mobileRuns: lighthouse.mobileRuns
		},
		idle,
		mainThread,
		taps
	});
	mkdirSync('test-results', { recursive: true });
	writeFileSync(out, JSON.stringify({ ...report, misses }, null, 2));

	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	const tbtAndTti = (runs: LighthouseRun[]) =>
		`TBT ${runs.map((r) => Math.round(r.tbt)).join(', ')} ms; TTI ${runs.map((r) => Math.round(r.tti)).join(', ')} ms`;
	/** One traced task: its length, start, the scheduler's jobs in it, then what else ran. */
	const taskLine = (
		task: { durationMs: number; startMs: number; jobs: string[] },
		rest: string[],
		empty: string
	) =>
		`- ${task.durationMs} ms at ${task.startMs} ms: ${[...task.jobs.map((job) => `scheduler job ${job}`), ...rest].join('; ') || empty}`;
	console.log('\nFirst load (phone), by kind: compressed / raw / requests');
	console.table(
		Object.fromEntries(
			Object.entries(transfer.byKind)
				.filter(([, v]) => v.requests)
				.map(([k, v]) => [
					k,
					{ compressed: kb(v.compressed), raw: kb(v.raw), requests: v.requests }
				])
		)
	);
	console.log(
		`first load ${kb(transfer.totalCompressed)} compressed (${kb(transfer.totalRaw)} raw), JS ${kb(transfer.jsCompressed)}, other origins: ${transfer.foreign}`
	);
	console.log(
		`then, once idle (the maps): ${kb(transfer.deferred.compressed)} compressed (${kb(transfer.deferred.raw)} raw), ${transfer.deferred.requests} requests`
	);
	if (lighthouse) {
		console.log('\nLighthouse');
		console.table(lighthouseRows(lighthouse));
	}
	if (lighthouse) {
		console.log(`Lighthouse mobile, ${MOBILE_RUNS} runs: ${tbtAndTti(lighthouse.mobileRuns)}`);
		console.log(
			`the same page without its script (the floor, run after each): ${tbtAndTti(lighthouse.floorRuns)}`
		);
		const listed = lighthouse.mobileRuns.flatMap((r) => r.longTasks);
		console.log(
			listed.length
				? `long tasks Lighthouse lists (its simulated times): ${listed.map((t) => `${t.duration} ms at ${t.startTime} ms (${t.url})`).join('; ')}`
				: 'long tasks Lighthouse lists: none'
		);
		// What those are: a run's own trace, each task it counts and what ran in it; the median
		// run's, and each run's over a budget.
		for (const { label, run } of runsToExplain(lighthouse, BUDGETS)) {
			console.log(
				`the tasks ${label} counts (over 12.5 ms after the first paint, as its trace observed them):`
			);
			for (const task of run.blocking)
				console.log(taskLine(task, task.parts, 'nothing traced in it'));
		}
	}
	if (idle && taps) {
		console.log('\nNavigation, then 12 s without input, CPU 4× slower');
		console.log(
			`tasks of 50 ms or more (longtask observer): ${idle.longTasks.length}${idle.longTasks.length ? ` (${idle.longTasks.map(Math.round).join(', ')} ms)` : ''}`
		);
		console.log('the longest tasks of a traced run, and what ran in them:');
		for (const task of idle.longest)
			console.log(taskLine(task, [...task.entries, ...task.functions], 'no script'));
		if (mainThread)
			console.log(
				`main thread after the first paint, full CPU speed (median of 3 loads): ${mainThread.busyMs} ms of tasks, of which V8 compiling ${mainThread.compileMs} ms`
			);
		console.log(
			'\nInputs in the first seconds, CPU 4× slower (Event Timing, input to next paint, and its parts)'
		);
		console.table(
			Object.fromEntries(
				taps.taps.map((t, i) => [
					`${i + 1}. ${t.target}`,
					{
						'at ms': t.atMs,
						ms: t.durationMs,
						'input delay': t.delayMs,
						processing: t.processingMs,
						'to next paint': t.presentationMs
					}
				])
			)
		);
	}
	console.log('\nScrolling the story three times down and up, CPU 4× slower');
	console.table({
		frames: {
			count: scrolling.frames,
			'p50 ms': scrolling.frameP50.toFixed(1),
			'p95 ms': scrolling.frameP95.toFixed(1),
			'p99 ms': scrolling.frameP99.toFixed(1),
			'long tasks': scrolling.longTasks,
			'longest ms': Math.round(scrolling.longestTaskMs),
			'heap 1st → 3rd MB': `${scrolling.heapFirstMB.toFixed(1)} → ${scrolling.heapThirdMB.toFixed(1)}`
		}
	});
	if (scrolling.longTaskSteps.length)
		console.log(
			`long tasks while scrolling, at the step shown: ${scrolling.longTaskSteps.join('; ')}`
		);
	console.log(misses.length ? `\nBudgets missed:\n- ${misses.join('\n- ')}` : '\nAll budgets met.');
	console.log(`Report: ${out}`);
	if (args.has('--check') && misses.length) process.exitCode = 1;
} finally {
	await browser.close();
	server.close();
}
