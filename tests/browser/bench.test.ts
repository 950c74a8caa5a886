import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, missedBudgets } from '../../scripts/bench/budgets';
import { ROOM_VIEWPORTS } from '../../scripts/bench/graphicRoom';
import { bootModules } from '../../src/lib/framework/paintFirst';

// Known reports against the budgets: tests/build/budget.test.ts. Here, the command itself runs (it
// drives its own Chromium) and its report must agree with itself and with the build.
describe('npm run bench --quick (no timing assertion)', () => {
	it('measures the built story and reports the budgets its own figures miss', () => {
		const run = spawnSync(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'scripts/bench.ts', '--quick', '--no-build'],
			{ encoding: 'utf8', timeout: 120_000 }
		);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain('First load (phone)');
		const report = JSON.parse(readFileSync('test-results/bench.json', 'utf8'));
		expect(report.quick).toBe(true);
		expect(report.lighthouse).toBeUndefined();
		expect(report.budgets).toEqual(BUDGETS);
		const { transfer, scrolling } = report;
		// The first load holds at least every module the page's boot script names.
		const boot = bootModules(readFileSync('build/index.html', 'utf8'));
		expect(transfer.byKind.js.requests).toBeGreaterThanOrEqual(boot.length);
		const kinds = Object.values(transfer.byKind) as { compressed: number; raw: number }[];
		expect(transfer.jsCompressed).toBe(transfer.byKind.js.compressed);
		expect(transfer.totalCompressed).toBe(kinds.reduce((sum, k) => sum + k.compressed, 0));
		expect(transfer.totalRaw).toBe(kinds.reduce((sum, k) => sum + k.raw, 0));
		expect(transfer.foreign).toBe(0);
		// The maps come once the page is idle.
		expect(transfer.deferred.requests).toBeGreaterThan(0);
		expect(scrolling.frames).toBeGreaterThan(10);
		expect(scrolling.frameP50).toBeLessThanOrEqual(scrolling.frameP95);
		expect(scrolling.frameP95).toBeLessThanOrEqual(scrolling.frameP99);
		expect(scrolling.longTaskSteps).toHaveLength(scrolling.longTasks);
		expect(scrolling.heapGrowth).toBeCloseTo(
			(scrolling.heapThirdMB - scrolling.heapFirstMB) / scrolling.heapFirstMB,
			6
		);
		// The graphic's room at every viewport: each step's share of the screen, and one box size.
		const { graphicRoom } = report;
		// A quick run measures the first viewport only.
		expect(graphicRoom.map((r: { viewport: string }) => r.viewport)).toEqual([ROOM_VIEWPORTS[0]]);
		for (const room of graphicRoom) {
			expect(Object.keys(room.steps).length, room.viewport).toBeGreaterThanOrEqual(10);
			for (const share of Object.values(room.steps) as number[])
				expect(share, room.viewport).toBeGreaterThan(0);
			expect(room.median).toBeLessThan(1);
			expect(room.boxSizes.length).toBeGreaterThanOrEqual(1);
		}
		expect(report.misses).toEqual(missedBudgets({ transfer, scrolling, graphicRoom }));
		const summary = report.misses.length ? 'Budgets missed:' : 'All budgets met.';
		expect(run.stdout).toContain(summary);
	}, 150_000);
});
