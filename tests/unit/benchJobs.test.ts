import { describe, expect, it } from 'vitest';
import {
	blockingTasks,
	jobSpans,
	jobsWithin,
	longestTasks,
	type TraceEvent
} from '../../scripts/bench/mainThread';

/** A User Timing measure's two trace events, as Chromium writes them (µs; ids reused). */
const measure = (name: string, start: number, end: number, local = '0xe'): TraceEvent[] => [
	{ name, cat: 'blink.user_timing', ph: 'b', ts: start, pid: 1, tid: 1, id2: { local } },
	{ name, cat: 'blink.user_timing', ph: 'e', ts: end, pid: 1, tid: 1, id2: { local } }
];

describe('the bench names the scheduler’s jobs in a trace', () => {
	const trace: TraceEvent[] = [
		{ name: 'navigationStart', cat: 'blink.user_timing', ph: 'R', ts: 0, pid: 1, tid: 1 },
		...measure('job fonts', 1_000, 15_000),
		// The same id again, once the first measure has ended.
		...measure('job map-build', 16_000, 17_000),
		...measure('job map-build', 17_000, 29_000),
		// Another page's measure, not the scheduler's.
		...measure('render', 2_000, 3_000),
		{ name: 'RunTask', cat: 'toplevel', ph: 'X', ts: 0, dur: 40_000, pid: 1, tid: 1 }
	];

	it('pairs each job measure’s begin and end, and leaves other measures out', () => {
		expect(jobSpans(trace)).toEqual([
			{ kind: 'fonts', start: 1_000, end: 15_000 },
			{ kind: 'map-build', start: 16_000, end: 17_000 },
			{ kind: 'map-build', start: 17_000, end: 29_000 }
		]);
	});

	const cases = [
		{
			name: 'a task with two kinds: longest first',
			from: 0,
			to: 40_000,
			jobs: ['fonts 14 ms', 'map-build 13 ms']
		},
		{
			name: 'only the part of a job inside the task counts',
			from: 10_000,
			to: 20_000,
			jobs: ['fonts 5 ms', 'map-build 4 ms']
		},
		{ name: 'a task with no job', from: 30_000, to: 40_000, jobs: [] },
		{
			name: 'a job that starts at the task’s end is the next task’s',
			from: 15_000,
			to: 16_000,
			jobs: []
		}
	];
	it.each(cases)('$name', ({ from, to, jobs }) => {
		expect(jobsWithin(jobSpans(trace), from, to)).toEqual(jobs);
	});
});

describe('the tasks Lighthouse’s TBT counts, from its trace', () => {
	const main = { pid: 1, tid: 1 };
	const x = (name: string, ts: number, dur: number, at = main): TraceEvent => ({
		name,
		cat: 'devtools.timeline',
		ph: 'X',
		ts,
		dur,
		...at
	});
	const mark = (name: string, ts: number): TraceEvent => ({
		name,
		cat: 'blink',
		ph: 'R',
		ts,
		...main
	});
	const trace: TraceEvent[] = [
		mark('navigationStart', 0),
		x('ParseHTML', 10_000, 5_000),
		mark('firstContentfulPaint', 100_000),
		// Before the first paint: not counted.
		x('RunTask', 50_000, 30_000),
		// SvelteKit's start: a timer, 20 ms.
		x('RunTask', 200_000, 20_000),
		x('TimerFire', 200_000, 19_000),
		x('RunMicrotasks', 201_000, 17_000),
		// 12.5 ms exactly: not over the line.
		x('RunTask', 300_000, 12_500),
		// A job of the scheduler with the layout it forced.
		x('RunTask', 400_000, 16_000),
		x('Layout', 405_000, 9_000),
		...measure('job fonts', 400_500, 415_000),
		// Another thread's long task.
		x('RunTask', 500_000, 40_000, { pid: 1, tid: 2 })
	];

	it('keeps the page’s tasks over 12.5 ms after the first paint, named by what ran in them', () => {
		expect(blockingTasks(trace)).toEqual([
			{
				startMs: 200,
				durationMs: 20,
				jobs: [],
				parts: ['TimerFire 19 ms', 'RunMicrotasks 17 ms']
			},
			{ startMs: 400, durationMs: 16, jobs: ['fonts 15 ms'], parts: ['Layout 9 ms'] }
		]);
	});

	it('reads the renderer that painted, when another one parsed HTML first', () => {
		const blank = { pid: 2, tid: 2 };
		expect(blockingTasks([x('ParseHTML', 1_000, 1_000, blank), ...trace])).toEqual(
			blockingTasks(trace)
		);
	});

	const broken = [
		{ name: 'no HTML parsed', events: trace.filter((e) => e.name !== 'ParseHTML') },
		{ name: 'no first paint', events: trace.filter((e) => e.name !== 'firstContentfulPaint') }
	];
	it.each(broken)('a trace with $name gives none', ({ events }) => {
		expect(blockingTasks(events)).toEqual([]);
	});
});

describe('the longest tasks of a traced run', () => {
	const main = { pid: 1, tid: 1 };
	const origin = 'http://localhost:4173';
	const task = (ts: number, dur: number): TraceEvent => ({
		name: 'RunTask',
		cat: 'devtools.timeline',
		ph: 'X',
		ts,
		dur,
		...main
	});
	const head: TraceEvent[] = [
		{
			name: 'thread_name',
			cat: '__metadata',
			ph: 'M',
			ts: 0,
			args: { name: 'CrRendererMain' },
			...main
		},
		{
			name: 'ResourceSendRequest',
			cat: 'devtools.timeline',
			ph: 'X',
			ts: 1_000,
			args: { data: { url: `${origin}/` } },
			...main
		}
	];
	// A scroll of a minute: more events than a function call takes arguments.
	const many = Array.from({ length: 300_000 }, (_, i) => task(2_000 + i * 200, 100));
	const cases = [
		{ name: 'a short trace', events: [...head, task(51_000, 60_000), task(200_000, 5_000)] },
		{ name: 'a trace of 300 000 tasks', events: [...head, ...many, task(51_000, 60_000)] }
	];
	it.each(cases)('$name: the longest first, timed from the page’s request', ({ events }) => {
		expect(longestTasks(events, origin, 1)).toEqual([
			{ startMs: 50, durationMs: 60, entries: [], functions: [], jobs: [] }
		]);
	});
});
