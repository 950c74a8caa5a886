import { describe, expect, it } from 'vitest';
import type { ZoomTransform } from '$lib/graphics/map/projection';
import { drawingZoom, layerTransform, moveKeyframes } from '$lib/graphics/map/zoomLayer';

/** Where a base-projection point lands on screen through the layer: drawn, then CSS-transformed. */
function throughLayer([px, py]: [number, number], zoom: ZoomTransform, drawn: ZoomTransform) {
	return throughCss([px, py], layerTransform(zoom, drawn), drawn);
}

function throughCss([px, py]: [number, number], css: string, drawn: ZoomTransform) {
	const [x, y] = [px * drawn.k + drawn.x, py * drawn.k + drawn.y];
	if (css === 'none') return [x, y];
	const m = /^translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(([\d.e-]+)\)$/.exec(css);
	if (!m) throw new Error(`unexpected transform ${css}`);
	const [tx, ty, s] = m.slice(1).map(Number) as [number, number, number];
	return [x * s + tx, y * s + ty];
}

describe('the provinces layer', () => {
	const country: ZoomTransform = { k: 1, x: 0, y: 0 };
	const helmand: ZoomTransform = { k: 4.2, x: -310, y: -620 };

	it('is drawn at the closer of the two zooms of a move, so it is only ever scaled down', () => {
		expect(drawingZoom(country, helmand)).toBe(helmand);
		expect(drawingZoom(helmand, country)).toBe(helmand);
	});

	it('shows every point where the frame’s zoom puts it, at any frame of a move', () => {
		const points: [number, number][] = [
			[0, 0],
			[120.5, 80],
			[300, 240]
		];
		for (const t of [0, 0.3, 0.7, 1]) {
			const zoom = {
				k: country.k + (helmand.k - country.k) * t,
				x: country.x + (helmand.x - country.x) * t,
				y: country.y + (helmand.y - country.y) * t
			};
			for (const p of points) {
				const [x, y] = throughLayer(p, zoom, helmand);
				expect(x).toBeCloseTo(p[0] * zoom.k + zoom.x, 6);
				expect(y).toBeCloseTo(p[1] * zoom.k + zoom.y, 6);
			}
		}
	});

	it('has no transform at rest', () => {
		expect(layerTransform(helmand, helmand)).toBe('none');
		expect(layerTransform(country, { ...country })).toBe('none');
	});
});

describe('the keyframes of a move', () => {
	const country: ZoomTransform = { k: 1, x: 0, y: 0 };
	const helmand: ZoomTransform = { k: 4.2, x: -310, y: -620 };
	const lerp = (t: number): ZoomTransform => ({
		k: country.k + (helmand.k - country.k) * t,
		x: country.x + (helmand.x - country.x) * t,
		y: country.y + (helmand.y - country.y) * t
	});

	it('sample the zoom path evenly in time, from its start to its end', () => {
		const seen: number[] = [];
		const frames = moveKeyframes((t) => (seen.push(t), lerp(t)), helmand, 12);
		expect(frames).toHaveLength(13);
		expect(seen).toEqual(Array.from({ length: 13 }, (_, i) => i / 12));
	});

	it('put every point where the path’s zoom puts it at each keyframe', () => {
		const frames = moveKeyframes(lerp, helmand, 4);
		frames.forEach((frame, i) => {
			const zoom = lerp(i / 4);
			const [x, y] = throughCss([120.5, 80], frame.transform as string, helmand);
			expect(x).toBeCloseTo(120.5 * zoom.k + zoom.x, 6);
			expect(y).toBeCloseTo(80 * zoom.k + zoom.y, 6);
		});
	});

	it('are all translate + scale, even at rest, so each pair interpolates function by function', () => {
		for (const frame of moveKeyframes(lerp, helmand, 4))
			expect(frame.transform).toMatch(/^translate\(.+px, .+px\) scale\(.+\)$/);
	});
});
