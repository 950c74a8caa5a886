/**
 * The page's deferred work, in one queue: what runs after the first paint and in which order.
 * Every kind of work has a name and a priority (`WORK`); jobs run one after another in slices of
 * a few milliseconds (measured with `performance.now()`), and between slices the main thread is
 * given back (`scheduler.yield()` where the browser has it, a new task otherwise), so a tap or a
 * scroll never waits behind a queue of drawings. Each job's drawing is laid out before its time is
 * taken, so a slice counts the layout it causes too: left to the next frame, the layout of many
 * slices' drawings added up to one task of 13-28 ms (at full speed) that no slice had counted.
 * requestAnimationFrame stays where the work is per frame (animation, measuring in the frame
 * that paints).
 */

/**
 * The kinds of deferred work and their priorities, highest first. The first two run as soon as
 * they are queued; the others wait until the page is loaded and the browser has had an idle
 * moment (nothing the first screen needs).
 */
export const WORK = {
	/** A part of the page hydrated in a task of its own (the troop chart). */
	hydrate: 0,
	/** A troop chart change once played: the sheets that left are parked. */
	settle: 1,
	/** The map drawn again at the zoom it settled at. */
	'map-redraw': 2,
	/** The step written into the address (SvelteKit's router is ready once the page is loaded). */
	url: 3,
	/** The web fonts switched on, one part of the page at a time, what the reader sees first. */
	fonts: 4,
	/** The other steps' key figures (the graphic's head), drawn ahead, nearest step first. */
	'figures-ahead': 5,
	/** Troop sheets of the other steps, drawn ahead, nearest step first. */
	'troops-ahead': 6,
	/** The map's code and data. */
	'map-load': 7,
	/** The map built out of sight, before its first step. */
	'map-build': 8,
	/** The map steps' names and places, drawn ahead. */
	'map-ahead': 9,
	/** The parts far below the story (the sources, the embed code) laid out ahead (`farParts.ts`). */
	'far-ahead': 10
} as const;

export type WorkKind = keyof typeof WORK;

/** Work of these priorities does not wait for the page's load. */
const BEFORE_LOAD = WORK.settle;

/** A job: `'again'` when it has more to do (it is run again, in its turn). */
export type Work = () => 'again' | void;

export interface JobOptions {
	/** The step the job serves: it is dropped when the story moves to another step. */
	step?: number;
}

export interface SchedulerHost {
	now(): number;
	/** Gives the main thread back; resolves when the queue may go on. */
	yieldToHost(): Promise<void>;
	/** Resolves once the page is loaded and idle (for the work that waits for it). */
	loaded(): Promise<void>;
	/** Lays out what the last job changed: its slice counts that time, not the next frame. */
	layOut?(): void;
	/** A job ran from `start` to `end` (its drawing included): the browser's host measures it. */
	ran?(kind: WorkKind, start: number, end: number): void;
}

export interface Scheduler {
	/** Queues a job; returns what cancels it (a no-op once it has run). */
	schedule(kind: WorkKind, work: Work, options?: JobOptions): () => void;
	/** The story moved to `step`: jobs for another step are dropped. */
	stepChanged(step: number): void;
}

interface Job extends JobOptions {
	kind: WorkKind;
	p: number;
	work: Work;
}

/**
 * How long a slice runs before it gives the main thread back, in ms. Lighthouse's mobile run
 * times a task measured on a fast machine by 4, as a slow phone would take it: a slice of 4 ms and
 * a last job of up to 8 stay under 50 ms there (slices of 8 ms read as tasks of 50-110 ms).
 */
export const SLICE_MS = 4;

export function createScheduler(host: SchedulerHost, sliceMs = SLICE_MS): Scheduler {
	let queue: Job[] = [];
	let loaded = false;
	let running = false;
	/** How long the last job of each kind took, its drawing included. */
	const lasted = new Map<WorkKind, number>();

	// The first job queued of the highest priority that may run (a stable sort keeps the order).
	const next = () => queue.filter((j) => loaded || j.p <= BEFORE_LOAD).sort((a, b) => a.p - b.p)[0];
	const remove = (job: Job) => (queue = queue.filter((j) => j !== job));

	const pump = async () => {
		if (running) return;
		running = true;
		// Never in the task that queued the work (an effect, a component's mount…).
		await host.yieldToHost();
		let job: Job | undefined;
		while (next()) {
			const start = host.now();
			while ((job = next())) {
				const jobStart = host.now();
				// A job that would take the slice past its budget, if it lasts as long as the last
				// of its kind, waits for the next slice (a slice's first job always runs).
				if (jobStart > start && jobStart - start + (lasted.get(job.kind) ?? 0) > sliceMs) break;
				if (job.work() !== 'again') remove(job);
				// What the job changed is drawn in this task (Svelte flushes in a microtask queued
				// before this one) and laid out: the slice's time counts both.
				await 0;
				host.layOut?.();
				const end = host.now();
				lasted.set(job.kind, end - jobStart);
				host.ran?.(job.kind, jobStart, end);
				if (end - start >= sliceMs) break;
			}
			await host.yieldToHost();
		}
		running = false;
	};

	void host.loaded().then(() => {
		loaded = true;
		void pump();
	});

	return {
		schedule(kind, work, options = {}) {
			const job: Job = { ...options, kind, p: WORK[kind], work };
			queue.push(job);
			void pump();
			return () => remove(job);
		},
		stepChanged(step) {
			for (const job of queue) if (job.step !== undefined && job.step !== step) remove(job);
		}
	};
}

type YieldingScheduler = { yield?: () => Promise<void> };

/**
 * A job's User Timing measure is named this and its kind (`job fonts`…): a trace then shows which
 * work a long task ran (the bench names it: scripts/bench/mainThread.ts), as does DevTools.
 */
export const JOB_MEASURE = 'job ';

/**
 * The browser's host: `scheduler.yield()` where it exists, a new task otherwise; a job's drawing
 * laid out by reading a size (a forced layout, on purpose: a cheap one when the job drew nothing);
 * each job a User Timing measure.
 */
export function browserHost(): SchedulerHost {
	return {
		now: () => performance.now(),
		layOut: () => void document.documentElement.offsetHeight,
		yieldToHost: () => {
			const native = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
			if (typeof native?.yield === 'function') return native.yield();
			return new Promise((resolve) => setTimeout(resolve, 0));
		},
		loaded: () =>
			new Promise((resolve) => {
				const idle = () => {
					if (typeof requestIdleCallback === 'function')
						requestIdleCallback(() => resolve(), { timeout: 2000 });
					else setTimeout(resolve, 200);
				};
				if (document.readyState === 'complete') idle();
				else window.addEventListener('load', idle, { once: true });
			}),
		ran: (kind, start, end) => {
			// A browser without measure's options (before 2020) throws: the job has run all the same.
			try {
				performance.measure(JOB_MEASURE + kind, { start, end });
			} catch {
				// nothing to write down
			}
		}
	};
}
