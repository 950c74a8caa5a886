import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LabelBox as EstimatedBox } from '../../helpers/svgLabels';

/** A label's box as the browser lays it out (the figures' tests estimate the same box). */
export interface LabelBox extends EstimatedBox {
	/** Frame width and height, for the cut-off checks. */
	width: number;
	height: number;
	fontPx: number;
}

/** Boxes of the visible, non-empty text of an SVG graphic, relative to the SVG. */
export function labelBoxes(page: Page, selector: string): Promise<LabelBox[]> {
	return page.$eval(selector, (svg) => {
		const shown = (el: Element) => {
			// Not rendered at all (a sheet drawn ahead for another step, kept out of sight).
			if (el.getClientRects().length === 0) return false;
			for (let n: Element | null = el; n && n !== svg; n = n.parentElement)
				if (Number(n.getAttribute('opacity') ?? 1) < 0.5) return false;
			return true;
		};
		const frame = svg.getBoundingClientRect();
		return [...svg.querySelectorAll('text')].filter(shown).flatMap((t) =>
			// A line each: a text's own <tspan>s (those inside a line, such as a title in italics,
			// are part of it).
			[
				...(t.querySelectorAll(':scope > tspan').length
					? t.querySelectorAll(':scope > tspan')
					: [t])
			]
				.filter((el) => (el.textContent ?? '').trim())
				.map((el) => {
					const r = el.getBoundingClientRect();
					return {
						text: el.textContent ?? '',
						left: r.left - frame.left,
						right: r.right - frame.left,
						top: r.top - frame.top,
						bottom: r.bottom - frame.top,
						width: frame.width,
						height: frame.height,
						fontPx: parseFloat(getComputedStyle(el).fontSize)
					};
				})
		);
	});
}

/** No label is cut off by the frame, collides with another or is set below 11 px. `where` starts
 * each failure's message (the step, say). */
export function expectLegibleLabels(boxes: LabelBox[], where = ''): void {
	const at = where ? `${where}: ` : '';
	for (const [i, a] of boxes.entries()) {
		expect(a.fontPx, `${at}"${a.text}" is too small`).toBeGreaterThanOrEqual(11);
		expect(a.left, `${at}"${a.text}" cut off on the left`).toBeGreaterThanOrEqual(-1);
		expect(a.right, `${at}"${a.text}" cut off on the right`).toBeLessThanOrEqual(a.width + 1);
		expect(a.top, `${at}"${a.text}" cut off at the top`).toBeGreaterThanOrEqual(-1);
		expect(a.bottom, `${at}"${a.text}" cut off at the bottom`).toBeLessThanOrEqual(a.height + 1);
		for (const b of boxes.slice(i + 1)) {
			const overlap =
				Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
				Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
			expect(overlap, `${at}"${a.text}" collides with "${b.text}"`).toBe(false);
		}
	}
}
