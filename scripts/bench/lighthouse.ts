import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/helpers/chromium';
import { blockingTasks, type BlockingTask, type TraceEvent } from './mainThread';

export interface LighthouseRun {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcp: number;
	tbt: number;
	cls: number;
	speedIndex: number;
	/** Time to interactive, ms. */
	tti: number;
	/** The long tasks Lighthouse lists (its `long-tasks` audit): where and how long, ms. */
	longTasks: { url: string; startTime: number; duration: number }[];
	/** The tasks its TBT counts, as its own trace observed them, with what ran in them. */
	blocking: BlockingTask[];
}

/** Lighthouse with its mobile (default) or desktop preset, in the system Chromium. */
export async function runLighthouse(
	url: string,
	preset: 'mobile' | 'desktop'
): Promise<LighthouseRun> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: [...CHROMIUM_ARGS.filter((f) => f !== '--headless'), '--headless=new']
	});
	try {
		const result = await lighthouse(
			url,
			{
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
			},
			preset === 'desktop' ? desktopConfig : undefined
		);
		if (!result) throw new Error('Lighthouse returned nothing');
		const { categories, audits } = result.lhr;
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const value = (id: string) => audits[id]?.numericValue ?? NaN;
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			lcp: value('largest-contentful-paint'),
			tbt: value('total-blocking-time'),
			cls: value('cumulative-layout-shift'),
			speedIndex: value('speed-index'),
			tti: value('interactive'),
			longTasks: (
				(audits['long-tasks']?.details as { items?: LighthouseRun['longTasks'] } | undefined)
					?.items ?? []
			).map(({ url, startTime, duration }) => ({
				url: url.split('/').pop() ?? url,
				startTime: Math.round(startTime),
				duration: Math.round(duration)
			})),
			blocking: blockingTasks(result.artifacts.Trace.traceEvents as unknown as TraceEvent[])
		};
	} finally {
		await chrome.kill();
	}
}

/**
 * What the bench reports of Lighthouse: the median mobile run, the desktop run, every mobile run,
 * and the mobile runs of the page without its script (the floor, see floor.ts).
 */
export interface LighthouseReport {
	mobile: LighthouseRun;
	desktop: LighthouseRun;
	mobileRuns: LighthouseRun[];
	floorRuns: LighthouseRun[];
}

/** The bench's Lighthouse table: one row per mobile run, then the median one and the desktop one. */
export function lighthouseRows(report: LighthouseReport): Record<string, Record<string, number>> {
	const row = (r: LighthouseRun) => ({
		performance: r.performance,
		accessibility: r.accessibility,
		'best practices': r.bestPractices,
		SEO: r.seo,
		'LCP ms': Math.round(r.lcp),
		'TBT ms': Math.round(r.tbt),
		'TTI ms': Math.round(r.tti),
		CLS: Number(r.cls.toFixed(3)),
		'Speed Index ms': Math.round(r.speedIndex)
	});
	return {
		...Object.fromEntries(report.mobileRuns.map((r, i) => [`mobile, run ${i + 1}`, row(r)])),
		'mobile (median by TBT)': row(report.mobile),
		desktop: row(report.desktop)
	};
}

/**
 * The mobile runs whose counted tasks the bench prints, with why: the median run, and each other
 * run over the TBT or TTI budget (what pushed it there names the regression's cause).
 */
export function runsToExplain(
	report: Pick<LighthouseReport, 'mobile' | 'mobileRuns'>,
	budget: { tbtMs: number; ttiMs: number }
): { label: string; run: LighthouseRun }[] {
	const over = (r: LighthouseRun) =>
		[
			r.tbt > budget.tbtMs ? `TBT ${Math.round(r.tbt)} ms` : '',
			r.tti > budget.ttiMs ? `TTI ${Math.round(r.tti)} ms` : ''
		].filter(Boolean);
	const labelled = (label: string, run: LighthouseRun) => {
		const why = over(run);
		return { label: why.length ? `${label} (${why.join(', ')})` : label, run };
	};
	return [
		labelled('the median mobile run', report.mobile),
		...report.mobileRuns.flatMap((run, i) =>
			run === report.mobile || over(run).length === 0 ? [] : [labelled(`mobile run ${i + 1}`, run)]
		)
	];
}
