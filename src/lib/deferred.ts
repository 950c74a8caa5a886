import type { JobOptions, Scheduler, Work, WorkKind } from './scheduler';

// The page's scheduler (`scheduler.ts`) loads with the first work queued, not with the page:
// the first load's script stays within its budget. What is queued before it arrives waits for it.
let page: Scheduler | undefined;
let loading: Promise<Scheduler> | undefined;

const scheduler = () =>
	(loading ??= import('./scheduler').then((m) => (page = m.createScheduler(m.browserHost()))));

/** Queues deferred work with the page's scheduler (see `WORK`); returns what cancels it. */
export function schedule(kind: WorkKind, work: Work, options?: JobOptions): () => void {
	if (page) return page.schedule(kind, work, options);
	let cancel: (() => void) | undefined;
	let cancelled = false;
	void scheduler().then((s) => {
		if (!cancelled) cancel = s.schedule(kind, work, options);
	});
	return () => {
		cancelled = true;
		cancel?.();
	};
}

/** The story moved to `step`: work queued for another step is dropped. */
export function stepChanged(step: number) {
	void scheduler().then((s) => s.stepChanged(step));
}
