import { windowViewport, type ViewportSample, type ViewportSource } from '$lib/engine/viewport';
import {
	childMessage,
	originAllowed,
	parseHostMessage,
	pymMessage,
	type ChildMessage
} from './protocol';

export interface EmbedBridge extends ViewportSource {
	/** Tells the host page which step is active (for its analytics). */
	reportStep(slug: string, index: number): void;
	/** Stops listening and measuring. */
	destroy(): void;
}

/**
 * The story's side of the embed protocol. Until the host page sends its geometry, the story
 * reads its own window (a fixed-height iframe scrolls inside itself, like the standalone page).
 * From the first valid geometry message on, the host's viewport drives the step engine, the
 * story sizes its sticky graphic to it (`--vh`) and reports its own height to the host.
 * Only messages from the parent window, from an allowed origin, of a known shape and version,
 * are read; only numbers and a slug are taken from them.
 */
export function embedBridge(
	win: Window,
	allowedOrigins: readonly string[],
	/** Called once the host drives the story: the step its own URL names, if any. */
	onHostReady: () => string | null = () => null
): EmbedBridge {
	const root = win.document.documentElement;
	const pymId = new URLSearchParams(win.location.search).get('childId');
	const framed = win.parent !== win;
	let hostOrigin: string | null = null;
	let hostViewport: ViewportSample | null = null;
	const listeners = new Set<(viewport: ViewportSample) => void>();

	/** Where to post: the host once it has spoken, else the embedding page's origin if allowed. */
	const target = (): string | null => {
		if (hostOrigin) return hostOrigin;
		const ancestor = win.location.ancestorOrigins?.[0] ?? referrerOrigin(win.document.referrer);
		if (allowedOrigins.length === 0) return ancestor ?? '*';
		return ancestor && originAllowed(ancestor, allowedOrigins) ? ancestor : null;
	};
	const post = (message: ChildMessage) => {
		const origin = framed ? target() : null;
		if (!origin) return;
		win.parent.postMessage(childMessage(message), origin);
		if (pymId && message.type === 'story:height') {
			win.parent.postMessage(pymMessage(pymId, 'height', String(message.height)), origin);
		}
	};

	let lastHeight = 0;
	const sendHeight = (force = false) => {
		// Only a host that drives the story sizes the iframe: a fixed-height one keeps its height.
		if (!hostViewport) return;
		const height = Math.ceil(win.document.body.getBoundingClientRect().height);
		if (height === lastHeight && !force) return;
		lastHeight = height;
		post({ type: 'story:height', height });
	};
	const resizeObserver = new ResizeObserver(() => sendHeight());
	if (framed) resizeObserver.observe(win.document.body);

	const onMessage = (event: MessageEvent) => {
		if (event.source !== win.parent || !framed) return;
		if (!originAllowed(event.origin, allowedOrigins)) return;
		const message = parseHostMessage(event.data, pymId);
		if (!message) return;
		hostOrigin = event.origin;
		if (message.kind === 'width') {
			// pym.Parent says hello with the width; ask it where the iframe is (it answers with
			// viewport-iframe-position), so the story need not wait for the first scroll.
			if (pymId && !hostViewport)
				win.parent.postMessage(pymMessage(pymId, 'parentPositionInfo', ''), event.origin);
			sendHeight(true);
		} else if (message.kind === 'start') {
			startSlug = message.slug;
			if (viewports >= 2) openAtStart();
		} else {
			viewports++;
			hostViewport = { top: -message.top, height: message.height, width: win.innerWidth };
			if (viewports === 1) {
				root.dataset.embed = 'host';
				sendHeight(true);
			}
			root.style.setProperty('--vh', `${message.height / 100}px`);
			for (const listener of listeners) listener(hostViewport);
			// The second message comes after the host has applied the story's height: only now
			// can the host scroll to a step.
			if (viewports === 2) openAtStart();
		}
	};

	let viewports = 0;
	let startSlug: string | null = null;
	/** Opens the story at the step asked for (by the host, or by the story's own URL). */
	const openAtStart = () => {
		const slug = startSlug ?? onHostReady();
		startSlug = null;
		if (!slug) return;
		if (win.location.hash === `#${slug}`) win.dispatchEvent(new HashChangeEvent('hashchange'));
		else win.location.hash = slug;
	};
	win.addEventListener('message', onMessage);
	post({ type: 'story:ready' });
	// pym.Parent sends geometry only on scroll and resize: ask for it now.
	const firstTarget = framed ? target() : null;
	if (pymId && firstTarget)
		win.parent.postMessage(pymMessage(pymId, 'parentPositionInfo', ''), firstTarget);

	return {
		subscribe(listener) {
			listeners.add(listener);
			// The window drives the story until the host speaks.
			const fromWindow = windowViewport(win).subscribe((sample) => {
				if (!hostViewport) listener(sample);
			});
			if (hostViewport) listener(hostViewport);
			return () => {
				listeners.delete(listener);
				fromWindow();
			};
		},
		scrollTo(top) {
			if (hostViewport) post({ type: 'story:scroll-to', top });
			else win.scrollTo({ top, behavior: 'instant' });
		},
		reportStep(slug, index) {
			post({ type: 'story:step', slug, index });
		},
		destroy() {
			win.removeEventListener('message', onMessage);
			resizeObserver.disconnect();
		}
	};
}

function referrerOrigin(referrer: string): string | null {
	try {
		return referrer ? new URL(referrer).origin : null;
	} catch {
		return null;
	}
}
