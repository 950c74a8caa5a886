import { describe, expect, it } from 'vitest';
import { createScheduler, WORK, type SchedulerHost, type WorkKind } from '../../src/lib/scheduler';

/** Until the queue is empty: enough turns of the event loop for the scheduler's promises. */
async function drained() {
	for (let turn = 0; turn < 30; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** A host with a clock the jobs move, slices recorded, and the load released by hand. */
function fakeHost() {
	let time = 0;
	let load: () => void = () => {};
	const slices: string[][] = [[]];
	const host: SchedulerHost = {
		now: () => time,
		yieldToHost: async () => {
			slices.push([]);
		},
		loaded: () => new Promise<void>((resolve) => (load = resolve))
	};
	return {
		host,
		slices,
		/** A job that takes `ms` of the clock and records its name. */
		job:
			(name: string, ms = 1) =>
			() => {
				time += ms;
				slices.at(-1)!.push(name);
			},
		load: () => load(),
		/** Moves the clock (time spent outside the jobs: a layout). */
		clock: (ms: number) => void (time += ms),
		ran: () => slices.flat()
	};
}

describe('scheduler: order', () => {
	const cases: { name: string; jobs: [WorkKind, string][]; order: string[] }[] = [
		{
			name: 'by the priority of the kind of work, whatever the order they came in',
			jobs: [
				['map-ahead', 'names'],
				['troops-ahead', 'sheet'],
				['url', 'address'],
				['map-load', 'map'],
				['fonts', 'web fonts'],
				['hydrate', 'troop chart']
			],
			order: ['troop chart', 'address', 'web fonts', 'sheet', 'map', 'names']
		},
		{
			name: 'one kind: first come, first served',
			jobs: [
				['troops-ahead', 'step 2'],
				['map-ahead', 'names'],
				['troops-ahead', 'step 3'],
				['troops-ahead', 'step 1']
			],
			order: ['step 2', 'step 3', 'step 1', 'names']
		}
	];
	it.each(cases)('$name', async ({ jobs, order }) => {
		const f = fakeHost();
		const s = createScheduler(f.host);
		for (const [kind, name] of jobs) s.schedule(kind, f.job(name));
		f.load();
		await drained();
		expect(f.ran()).toEqual(order);
	});

	it('every kind has its own priority', () => {
		const priorities = Object.values(WORK);
		expect(new Set(priorities).size).toBe(priorities.length);
	});

	it('work the first screen needs does not wait for the load; the rest does', async () => {
		const f = fakeHost();
		const s = createScheduler(f.host);
		s.schedule('troops-ahead', f.job('sheet'));
		s.schedule('hydrate', f.job('troop chart'));
		await drained();
		expect(f.ran()).toEqual(['troop chart']);
		f.load();
		await drained();
		expect(f.ran()).toEqual(['troop chart', 'sheet']);
	});
});

describe('scheduler: slices', () => {
	const cases = [
		{ jobMs: 1, jobs: 10, slice: 4, slices: [4, 4, 2] },
		// A second job of 3 ms would take the slice to 6 ms: it waits for the next one.
		{ jobMs: 3, jobs: 4, slice: 4, slices: [1, 1, 1, 1] },
		// A job longer than a slice runs alone in its slice.
		{ jobMs: 9, jobs: 3, slice: 4, slices: [1, 1, 1] },
		{ jobMs: 2, jobs: 4, slice: 8, slices: [4] }
	];
	it.each(cases)(
		'jobs of $jobMs ms, $slice ms slices: $slices jobs between yields',
		async ({ jobMs, jobs, slice, slices }) => {
			const f = fakeHost();
			const s = createScheduler(f.host, slice);
			for (let i = 0; i < jobs; i++) s.schedule('troops-ahead', f.job(`sheet ${i}`, jobMs));
			f.load();
			await drained();
			expect(f.slices.filter((x) => x.length).map((x) => x.length)).toEqual(slices);
		}
	);

	const lasting = [
		// A job that would take the slice past its budget, if it lasts as long as the last of its
		// kind, starts the next slice instead.
		{ ms: [1, 1, 3, 3], slices: [['a', 'b', 'c'], ['d']] },
		{ ms: [2, 3, 3], slices: [['a', 'b'], ['c']] },
		{ ms: [3, 3, 1, 1], slices: [['a'], ['b'], ['c', 'd']] },
		// The first of a kind has no past: it runs, and the slice ends when it has run past its budget.
		{ ms: [1, 6, 1], slices: [['a', 'b'], ['c']] }
	];
	it.each(lasting)(
		'jobs of one kind lasting $ms ms, 4 ms slices: $slices',
		async ({ ms, slices }) => {
			const f = fakeHost();
			const s = createScheduler(f.host, 4);
			ms.forEach((m, i) => s.schedule('map-build', f.job('abcd'[i]!, m)));
			f.load();
			await drained();
			expect(f.slices.filter((x) => x.length)).toEqual(slices);
		}
	);

	it('what the last job of another kind took says nothing of this one', async () => {
		const f = fakeHost();
		const s = createScheduler(f.host, 4);
		s.schedule('figures-ahead', f.job('figure', 3));
		s.schedule('troops-ahead', f.job('sheet', 1));
		s.schedule('troops-ahead', f.job('sheet', 1));
		f.load();
		await drained();
		expect(f.slices.filter((x) => x.length)).toEqual([['figure', 'sheet'], ['sheet']]);
	});

	const layouts = [
		{ drawMs: 0, jobs: 8, slices: [4, 4] },
		// A job's drawing is laid out in its slice: the slice counts that time too.
		{ drawMs: 1, jobs: 8, slices: [2, 2, 2, 2] },
		{ drawMs: 3, jobs: 3, slices: [1, 1, 1] }
	];
	it.each(layouts)(
		'jobs of 1 ms, each laid out in $drawMs ms, 4 ms slices: $slices jobs between yields',
		async ({ drawMs, jobs, slices }) => {
			const f = fakeHost();
			const laidOut: string[] = [];
			const s = createScheduler(
				{
					...f.host,
					layOut: () => {
						f.clock(drawMs);
						laidOut.push(f.ran().at(-1)!);
					}
				},
				4
			);
			for (let i = 0; i < jobs; i++) s.schedule('figures-ahead', f.job(`figure ${i}`, 1));
			f.load();
			await drained();
			expect(f.slices.filter((x) => x.length).map((x) => x.length)).toEqual(slices);
			// Once after each job, before the next one.
			expect(laidOut).toEqual(f.ran());
		}
	);

	it('a job with more to do runs again, in its turn, until it says it is done', async () => {
		const f = fakeHost();
		const s = createScheduler(f.host, 2);
		let left = 3;
		s.schedule('map-build', () => {
			f.job('shapes', 2)();
			return --left > 0 ? 'again' : undefined;
		});
		s.schedule('troops-ahead', f.job('sheet', 2));
		f.load();
		await drained();
		expect(f.slices.filter((x) => x.length)).toEqual([
			['sheet'],
			['shapes'],
			['shapes'],
			['shapes']
		]);
	});

	it('work queued by a job runs in its turn', async () => {
		const f = fakeHost();
		const s = createScheduler(f.host, 100);
		s.schedule('map-load', () => {
			f.job('map')();
			s.schedule('map-build', f.job('shapes'));
			s.schedule('url', f.job('address'));
		});
		f.load();
		await drained();
		expect(f.ran()).toEqual(['map', 'address', 'shapes']);
	});
});

describe('scheduler: cancelling', () => {
	it('a cancelled job never runs', async () => {
		const f = fakeHost();
		const s = createScheduler(f.host);
		const cancel = s.schedule('url', f.job('address'));
		s.schedule('troops-ahead', f.job('sheet'));
		cancel();
		f.load();
		await drained();
		expect(f.ran()).toEqual(['sheet']);
	});

	const steps = [
		{ from: 2, to: 3, left: ['sheet for 3', 'any step'] },
		{ from: 2, to: 2, left: ['sheet for 2', 'any step'] }
	];
	it.each(steps)('the story moves from step $from to $to: $left', async ({ to }) => {
		const f = fakeHost();
		const s = createScheduler(f.host);
		s.schedule('troops-ahead', f.job('sheet for 2'), { step: 2 });
		s.schedule('troops-ahead', f.job('sheet for 3'), { step: 3 });
		s.schedule('troops-ahead', f.job('any step'));
		s.stepChanged(to);
		f.load();
		await drained();
		expect(f.ran()).toEqual(steps.find((c) => c.to === to)!.left);
	});

	it('work cancelled by a step change in the middle of the queue: the rest goes on', async () => {
		const f = fakeHost();
		const s = createScheduler(f.host, 1);
		s.schedule(
			'troops-ahead',
			() => {
				f.job('sheet for 2')();
				s.stepChanged(4);
			},
			{ step: 2 }
		);
		s.schedule('troops-ahead', f.job('other sheet for 2'), { step: 2 });
		s.schedule('map-ahead', f.job('names'));
		f.load();
		await drained();
		expect(f.ran()).toEqual(['sheet for 2', 'names']);
	});
});

describe('scheduler: what ran, for traces', () => {
	it('reports every run of a job: its kind and its time, a job run again once per run', async () => {
		const f = fakeHost();
		const reported: [WorkKind, number][] = [];
		const s = createScheduler({
			...f.host,
			ran: (kind, start, end) => reported.push([kind, end - start])
		});
		let left = 2;
		s.schedule('map-build', () => {
			f.job('shapes', 3)();
			return --left > 0 ? 'again' : undefined;
		});
		s.schedule('fonts', f.job('header', 5));
		s.schedule('troops-ahead', () => void 0);
		f.load();
		await drained();
		expect(reported).toEqual([
			['fonts', 5],
			['troops-ahead', 0],
			['map-build', 3],
			['map-build', 3]
		]);
	});

	it('a cancelled job is not reported', async () => {
		const f = fakeHost();
		const reported: WorkKind[] = [];
		const s = createScheduler({ ...f.host, ran: (kind) => reported.push(kind) });
		s.schedule('url', f.job('address'))();
		s.schedule('map-ahead', f.job('names'));
		f.load();
		await drained();
		expect(reported).toEqual(['map-ahead']);
	});

	it("a job's time includes the layout of what it drew", async () => {
		const f = fakeHost();
		const reported: [WorkKind, number][] = [];
		const s = createScheduler({
			...f.host,
			layOut: () => f.clock(2),
			ran: (kind, start, end) => reported.push([kind, end - start])
		});
		s.schedule('fonts', f.job('header', 3));
		f.load();
		await drained();
		expect(reported).toEqual([['fonts', 5]]);
	});
});
