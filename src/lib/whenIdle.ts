/**
 * Runs `task` once the page is loaded and the browser is idle (or after `timeout` ms at the
 * latest), so work that is not needed for the first screen never competes with it.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
	let cancelled = false;
	let handle: number | undefined;
	const run = () => {
		if (cancelled) return;
		if (typeof requestIdleCallback === 'function') handle = requestIdleCallback(task, { timeout });
		else handle = setTimeout(task, 200) as unknown as number;
	};
	if (document.readyState === 'complete') run();
	else window.addEventListener('load', run, { once: true });
	return () => {
		cancelled = true;
		window.removeEventListener('load', run);
		if (handle === undefined) return;
		if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
		else clearTimeout(handle);
	};
}
