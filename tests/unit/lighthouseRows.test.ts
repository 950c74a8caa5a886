import { describe, expect, it } from 'vitest';
import {
	lighthouseRows,
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
