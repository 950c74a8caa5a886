import type { Attachment } from 'svelte/attachments';

export interface ElementSize {
	width: number;
	height: number;
}

/**
 * Reports an element's content size in px (rounded, as `clientWidth` is) whenever it changes,
 * from a ResizeObserver only. `bind:clientWidth` also reads the size at once, which forces a
 * layout of the whole page inside hydration's task; the observer's first report comes with the
 * first frame's own layout, before its paint.
 */
export function observeSize(set: (size: ElementSize) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(([entry]) => {
			const { width, height } = entry!.contentRect;
			set({ width: Math.round(width), height: Math.round(height) });
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}
