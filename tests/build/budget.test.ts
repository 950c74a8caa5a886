import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGETS, missedBudgets, type BenchResults } from '../../scripts/bench/budgets';
import { bootModules } from '../../src/lib/framework/paintFirst';
import { EDITIONS } from '../browser/helpers/story';

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The files an edition's story page loads at first (the web fonts come just after its load event). */
function firstLoad(dir: string, path: string) {
	const page = join(dir, path, 'index.html');
	const html = readFileSync(page, 'utf8');
	const refs = (pattern: RegExp, text: string) => [
		...new Set([...text.matchAll(pattern)].map((m) => m[1]!))
	];
	// The modules the boot script preloads and imports, relative to the page: `./_app/…` at the
	// root, `../_app/…` from `en/`.
	const js = bootModules(html).map((ref) => ref.replace(/^(?:\.\/|(?:\.\.\/)+)/, ''));
	const css = refs(
		/<link href="(?:\.\/|(?:\.\.\/)+)(_app\/immutable\/[^"]+\.css)" rel="stylesheet"/g,
		html
	);
	// Fonts: every web font of the build (loaded on every page, just after its load event).
	const fonts = readdirSync(join(dir, '_app/immutable/assets'))
		.filter((f) => f.endsWith('.woff2'))
		.map((f) => `_app/immutable/assets/${f}`);
	return { html: gzip(page), js, css, fonts };
}

describe.each(EDITIONS)(
	'byte budgets of the $lang edition’s first load (deterministic: gzip -9 of the built files)',
	({ path }) => {
		const files = firstLoad('build', path);
		const jsBytes = files.js.reduce((sum, f) => sum + gzip(join('build', f)), 0);
		const cssBytes = files.css.reduce((sum, f) => sum + gzip(join('build', f)), 0);
		const fontBytes = files.fonts.reduce(
			(sum, f) => sum + readFileSync(join('build', f)).length,
			0
		);

		it(`first-load JavaScript is at most ${BUDGETS.firstLoadJsGzip / 1024} KB compressed`, () => {
			expect(files.js.length).toBeGreaterThan(3);
			expect(jsBytes).toBeLessThanOrEqual(BUDGETS.firstLoadJsGzip);
		});

		it(`the first load, fonts included, is at most ${BUDGETS.firstLoadTotalCompressed / 1024} KB compressed`, () => {
			expect(files.fonts.length).toBeGreaterThan(0);
			expect(files.html + jsBytes + cssBytes + fontBytes).toBeLessThanOrEqual(
				BUDGETS.firstLoadTotalCompressed
			);
		});

		it('the maps are not part of the first load', () => {
			for (const file of files.js)
				expect(readFileSync(join('build', file), 'utf8')).not.toContain('Topology');
		});
	}
);

/** A bench report that meets every budget: the figures of the README's latest run. */
const MET: BenchResults = {
	transfer: { jsCompressed: 56_320, totalCompressed: 133_120, foreign: 0 },
	lighthouse: {
		mobile: {
			performance: 100,
			accessibility: 100,
			bestPractices: 100,
			seo: 100,
			lcp: 870,
			tbt: 12,
			cls: 0.0002
		},
		desktop: { performance: 100 }
	},
	scrolling: { frameP95: 16.8, longTasks: 0, heapGrowth: 0.03 },
	graphicRoom: [
		{ viewport: '390x844', median: 0.48, smallestBoxShare: 0.86, boxSizes: ['366x730'] },
		{ viewport: '360x740', median: 0.44, smallestBoxShare: 0.8, boxSizes: ['344x620'] },
		{ viewport: '320x640', median: 0.4, smallestBoxShare: 0.8, boxSizes: ['304x520'] },
		{ viewport: '844x390', median: 0.32, smallestBoxShare: 0.7, boxSizes: ['520x270'] },
		{ viewport: '1440x900', median: 0.1, smallestBoxShare: 0.1, boxSizes: ['800x700'] }
	]
};

/** Every figure exactly at its budget's limit (a frame of one refresh reads up to 16.8 ms). */
const AT_LIMITS: BenchResults = {
	transfer: { jsCompressed: 61_440, totalCompressed: 256_000, foreign: 0 },
	lighthouse: {
		mobile: {
			performance: 98,
			accessibility: 100,
			bestPractices: 100,
			seo: 100,
			lcp: 1500,
			tbt: 50,
			cls: 0.01,
			tti: 1500
		},
		desktop: { performance: 0 },
		mobileRuns: [
			{ tbt: 50, tti: 1500 },
			{ tbt: 0, tti: 900 },
			{ tbt: 50, tti: 1500 }
		]
	},
	idle: { longTasks: [] },
	mainThread: { compileMs: 20 },
	taps: { inp: 100 },
	scrolling: { frameP95: 16.8, longTasks: 0, heapGrowth: 0.1 },
	graphicRoom: [
		{ viewport: '390x844', median: 0.45, smallestBoxShare: 0.45, boxSizes: ['366x730'] },
		{ viewport: '360x740', median: 0.4, smallestBoxShare: 0.8, boxSizes: ['344x620'] },
		{ viewport: '320x640', median: 0.3, smallestBoxShare: 0.8, boxSizes: ['304x520'] },
		{ viewport: '844x390', median: 0.3, smallestBoxShare: 0.7, boxSizes: ['520x270'] },
		{ viewport: '1440x900', median: 0.1, smallestBoxShare: 0.1, boxSizes: ['800x700'] }
	]
};

/** Every figure just past its limit. */
const MISSED: BenchResults = {
	transfer: { jsCompressed: 61_441, totalCompressed: 256_001, foreign: 1 },
	lighthouse: {
		mobile: {
			performance: 97,
			accessibility: 99,
			bestPractices: 96,
			seo: 92,
			lcp: 1500.5,
			tbt: 50.4,
			cls: 0.011,
			tti: 1501
		},
		desktop: { performance: 100 },
		mobileRuns: [
			{ tbt: 0, tti: 900 },
			{ tbt: 51, tti: 1501 }
		]
	},
	idle: { longTasks: [50] },
	mainThread: { compileMs: 20.5 },
	taps: { inp: 101 },
	scrolling: { frameP95: 16.9, longTasks: 1, heapGrowth: 0.101 },
	graphicRoom: [
		{
			viewport: '390x844',
			median: 0.449,
			smallestBoxShare: 0.449,
			boxSizes: ['366x730', '366x700']
		},
		{ viewport: '360x740', median: 0.399, smallestBoxShare: 0.8, boxSizes: ['344x620'] },
		{ viewport: '320x640', median: 0.299, smallestBoxShare: 0.8, boxSizes: ['304x520'] },
		{ viewport: '844x390', median: 0.299, smallestBoxShare: 0.7, boxSizes: ['520x270'] },
		{ viewport: '1440x900', median: 0.1, smallestBoxShare: 0.1, boxSizes: ['800x700'] }
	]
};

describe('missedBudgets', () => {
	it.each([
		['a report that meets every budget', MET, []],
		['a report at every limit', AT_LIMITS, []],
		[
			'a report past every limit',
			MISSED,
			[
				'first-load JS (compressed): 61441 > 61440',
				'first-load bytes (compressed): 256001 > 256000',
				'requests to other origins: 1 > 0',
				'Lighthouse mobile performance: 97 < 98',
				'Lighthouse accessibility: 99 < 100',
				'Lighthouse best practices: 96 < 100',
				'Lighthouse SEO: 92 < 100',
				'LCP (mobile, ms): 1500.5 > 1500',
				'TBT (mobile, ms): 50.4 > 50',
				'CLS (mobile): 0.011 > 0.01',
				'TBT (mobile, run 2, ms): 51 > 50',
				'time to interactive (mobile, run 2, ms): 1501 > 1500',
				'time to interactive (mobile, ms): 1501 > 1500',
				'tasks of 50 ms or more, load and 12 s idle at 4× CPU: 1 > 0',
				'main-thread compiling after the first paint (ms): 20.5 > 20',
				'answer to a tap in the first seconds at 4× CPU (INP, ms): 101 > 100',
				'frame time p95 at 4× CPU (ms): 16.9 > 16.7',
				'long tasks while scrolling: 1 > 0',
				'heap growth over three round trips: 0.101 > 0.1',
				'graphic room at 390x844 (median over steps): 0.449 < 0.45',
				"chart box at 390x844 (share of the viewport's height): 0.449 < 0.45",
				'chart box at 390x844: 2 sizes (366x730, 366x700), not one',
				'graphic room at 360x740 (median over steps): 0.399 < 0.4',
				'graphic room at 320x640 (median over steps): 0.299 < 0.3',
				'graphic room at 844x390 (median over steps): 0.299 < 0.3'
			]
		],
		[
			'a quick report (no Lighthouse), two budgets missed',
			{
				transfer: { jsCompressed: 70 * 1024, totalCompressed: 1, foreign: 1 },
				scrolling: { frameP95: 20, longTasks: 0, heapGrowth: 0.02 }
			},
			[
				'first-load JS (compressed): 71680 > 61440',
				'requests to other origins: 1 > 0',
				'frame time p95 at 4× CPU (ms): 20 > 16.7'
			]
		],
		['no measurement at all', {}, []]
	] as [string, BenchResults, string[]][])('names each budget %s misses', (_, report, misses) => {
		const before = structuredClone(report);
		expect(missedBudgets(report)).toEqual(misses);
		expect(report).toEqual(before);
	});

	it.each([
		[16.6, []],
		[16.8, []],
		[17, ['frame time p95 at 4× CPU (ms): 17 > 16.7']],
		[33.4, ['frame time p95 at 4× CPU (ms): 33.4 > 16.7']]
	] as [number, string[]][])(
		'reads a frame p95 of %s ms against one 60 Hz refresh, whatever the clock’s jitter',
		(frameP95, misses) => {
			expect(missedBudgets({ scrolling: { frameP95, longTasks: 0, heapGrowth: 0 } })).toEqual(
				misses
			);
		}
	);
});
