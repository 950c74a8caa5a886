import type { Viewport } from './activeStep';

/** A viewport and its width: a new width means the page has reflowed. */
export interface ViewportSample extends Viewport {
	width: number;
}

export interface ViewportSource {
	/** Calls `listener` with the current viewport now and after every change; returns an unsubscribe. */
	subscribe(listener: (viewport: ViewportSample) => void): () => void;
	/** Scrolls so that the document's `top` px is at the top of the viewport (default: the window). */
	scrollTo?(top: number): void;
}

/**
 * Height-only resizes on touch devices are the address bar showing or hiding: ignoring them keeps
 * the trigger line still while the reader scrolls.
 */
export function isAddressBarResize(
	previous: { width: number; height: number },
	next: { width: number; height: number },
	coarsePointer: boolean
): boolean {
	return coarsePointer && previous.width === next.width;
}

/**
 * The browser window as a viewport source: scroll and resize events, coalesced to one
 * update per animation frame. The scroll position is read in the scroll event, before the
 * frame's animations write to the DOM: read in the frame callback, it would force a layout.
 */
export function windowViewport(win: Window = window): ViewportSource {
	return {
		subscribe(listener) {
			const coarse = win.matchMedia('(pointer: coarse)');
			let size = { width: win.innerWidth, height: win.innerHeight };
			let top = win.scrollY;
			let frame = 0;
			const emit = () => {
				frame = 0;
				listener({ top, height: size.height, width: size.width });
			};
			const schedule = () => {
				if (!frame) frame = win.requestAnimationFrame(emit);
			};
			const onScroll = () => {
				top = win.scrollY;
				schedule();
			};
			const onResize = () => {
				const next = { width: win.innerWidth, height: win.innerHeight };
				if (isAddressBarResize(size, next, coarse.matches)) return;
				size = next;
				top = win.scrollY;
				schedule();
			};
			win.addEventListener('scroll', onScroll, { passive: true });
			win.addEventListener('resize', onResize);
			emit();
			return () => {
				win.removeEventListener('scroll', onScroll);
				win.removeEventListener('resize', onResize);
				if (frame) win.cancelAnimationFrame(frame);
			};
		}
	};
}
