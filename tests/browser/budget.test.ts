import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGETS, missedBudgets } from '../../scripts/bench/budgets';
import { bootModules } from '../../src/lib/server/paintFirst';
import { EDITIONS } from './helpers/story';

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

describe('missedBudgets', () => {
	it('names each budget missed, and nothing when all are met', () => {
		expect(
			missedBudgets({ transfer: { jsCompressed: 1, totalCompressed: 1, foreign: 0 } })
		).toEqual([]);
		expect(
			missedBudgets({
				transfer: { jsCompressed: 70 * 1024, totalCompressed: 1, foreign: 1 },
				scrolling: { frameP95: 20, longTasks: 0, heapGrowth: 0.02 }
			})
		).toEqual([
			'first-load JS (compressed): 71680 > 61440',
			'requests to other origins: 1 > 0',
			'frame time p95 at 4× CPU (ms): 20 > 16.7'
		]);
	});

	it('reads a frame of one 60 Hz refresh as on time, whatever the clock’s jitter', () => {
		const at = (frameP95: number) =>
			missedBudgets({ scrolling: { frameP95, longTasks: 0, heapGrowth: 0 } });
		expect(at(16.6)).toEqual([]);
		expect(at(16.8)).toEqual([]);
		expect(at(17)).toEqual(['frame time p95 at 4× CPU (ms): 17 > 16.7']);
		expect(at(33.4)).toHaveLength(1);
	});
});

describe('npm run bench (smoke test: runs, reports; no timing assertion)', () => {
	it('measures the built story and writes its report', () => {
		const run = spawnSync(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'scripts/bench.ts', '--quick', '--no-build'],
			{
				encoding: 'utf8',
				timeout: 120_000
			}
		);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain('First load (phone)');
		const report = JSON.parse(readFileSync('test-results/bench.json', 'utf8'));
		expect(report.quick).toBe(true);
		expect(report.transfer.byKind.js.requests).toBeGreaterThan(0);
		expect(report.transfer.deferred.requests).toBeGreaterThan(0);
		expect(report.scrolling.frames).toBeGreaterThan(10);
		expect(report.budgets).toEqual(BUDGETS);
		expect(Array.isArray(report.misses)).toBe(true);
	}, 150_000);
});
