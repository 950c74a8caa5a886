import { describe, expect, it } from 'vitest';
import {
	lighthouseRows,
	runsToExplain,
	type LighthouseReport,
	type LighthouseRun
} from '../../scripts/bench/lighthouse';

const run = (tbt: number, extra: Partial<LighthouseRun> = {}): LighthouseRun => ({
	performance: 95,
	accessibility: 100,
	bestPractices: 100,
	seo: 100,
	lcp: 901.4,
	tbt,
	cls: 0.00025,
	speedIndex: 1200.2,
	tti: 2100.6,
	longTasks: [],
	blocking: [],
	...extra
});

// The report as the bench writes it (the median mobile run is also one of `mobileRuns`): the
// table once crashed on `mobileRuns`, which it read as one more run.
const report: LighthouseReport = {
	mobileRuns: [run(400.5), run(599.9), run(536.8)],
	mobile: run(536.8),
	desktop: run(0, { performance: 100, lcp: 242 }),
	floorRuns: [run(12), run(104), run(0)]
};

describe('the bench’s Lighthouse table', () => {
	const rows = lighthouseRows(report);
	it.each([
		['mobile, run 1', { 'TBT ms': 401, 'TTI ms': 2101, CLS: 0, 'LCP ms': 901 }],
		['mobile, run 2', { 'TBT ms': 600 }],
		['mobile, run 3', { 'TBT ms': 537 }],
		['mobile (median by TBT)', { 'TBT ms': 537, performance: 95, 'Speed Index ms': 1200 }],
		['desktop', { 'TBT ms': 0, performance: 100, 'LCP ms': 242 }]
	])('%s', (name, expected) => {
		expect(rows[name]).toMatchObject(expected);
	});
	it('has a row per mobile run, the median one and the desktop one, nothing else', () => {
		expect(Object.keys(rows)).toHaveLength(report.mobileRuns.length + 2);
	});
});

describe('runsToExplain: the runs whose counted tasks the bench prints', () => {
	const budget = { tbtMs: 50, ttiMs: 1500 };
	const quiet = run(0, { tti: 900 });
	const late = run(20, { tti: 1750.4 });
	const blocked = run(80, { tti: 1000 });
	const both = run(80, { tti: 1600 });
	it.each([
		{
			case: 'all within: the median only',
			runs: [quiet, run(2, { tti: 910 }), run(9, { tti: 905 })],
			median: 1,
			labels: ['the median mobile run']
		},
		{
			case: 'one run late: the median, then it, with its TTI',
			runs: [quiet, run(3, { tti: 920 }), late],
			median: 1,
			labels: ['the median mobile run', 'mobile run 3 (TTI 1750 ms)']
		},
		{
			case: 'the median itself over: said once, with why',
			runs: [quiet, blocked, both],
			median: 1,
			labels: ['the median mobile run (TBT 80 ms)', 'mobile run 3 (TBT 80 ms, TTI 1600 ms)']
		},
		{
			case: 'a run before the median over: the median still first',
			runs: [late, quiet, run(5, { tti: 930 })],
			median: 2,
			labels: ['the median mobile run', 'mobile run 1 (TTI 1750 ms)']
		}
	])('$case', ({ runs, median, labels }) => {
		const explained = runsToExplain({ mobileRuns: runs, mobile: runs[median]! }, budget);
		expect(explained.map((e) => e.label)).toEqual(labels);
		expect(explained[0]!.run).toBe(runs[median]);
	});
});
