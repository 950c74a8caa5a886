import { describe, expect, it } from 'vitest';
import { jobSpans, jobsWithin, type TraceEvent } from '../../scripts/bench/mainThread';

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
		...measure('job map-prepare', 16_000, 17_000),
		...measure('job map-prepare', 17_000, 29_000),
		// Another page's measure, not the scheduler's.
		...measure('render', 2_000, 3_000),
		{ name: 'RunTask', cat: 'toplevel', ph: 'X', ts: 0, dur: 40_000, pid: 1, tid: 1 }
	];

	it('pairs each job measure’s begin and end, and leaves other measures out', () => {
		expect(jobSpans(trace)).toEqual([
			{ kind: 'fonts', start: 1_000, end: 15_000 },
			{ kind: 'map-prepare', start: 16_000, end: 17_000 },
			{ kind: 'map-prepare', start: 17_000, end: 29_000 }
		]);
	});

	const cases = [
		{
			name: 'a task with two kinds: longest first',
			from: 0,
			to: 40_000,
			jobs: ['fonts 14 ms', 'map-prepare 13 ms']
		},
		{
			name: 'only the part of a job inside the task counts',
			from: 10_000,
			to: 20_000,
			jobs: ['fonts 5 ms', 'map-prepare 4 ms']
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
