import { describe, expect, it } from 'vitest';
import { markPaths } from '$lib/graphics/troops/markPaths';

const mark = (x: number, y: number, opacity = 1, size = 4) => ({ x, y, size, opacity });

describe('markPaths', () => {
	it('draws each kind of mark as one path of squares', () => {
		const paths = markPaths([mark(0, 0), mark(5, 0), mark(10, 0)], 2);
		expect(paths).toEqual([
			{ key: 'us-10', kind: 'us', opacity: 1, d: 'M0 0h4v4h-4zM5 0h4v4h-4z', count: 2 },
			{ key: 'ally-10', kind: 'ally', opacity: 1, d: 'M10 0h4v4h-4z', count: 1 }
		]);
	});

	it('groups fading marks by opacity step and leaves out the invisible ones', () => {
		const paths = markPaths(
			[mark(0, 0, 0.52), mark(5, 0, 0.48), mark(10, 0, 0.02), mark(15, 0, 1, 0)],
			4
		);
		expect(paths.map((p) => [p.key, p.count, p.opacity])).toEqual([['us-5', 2, 0.5]]);
	});

	it('rounds coordinates to hundredths of a pixel', () => {
		expect(markPaths([mark(1.23456, 2.5, 1, 3.333333)], 1)[0]!.d).toBe(
			'M1.23 2.5h3.33v3.33h-3.33z'
		);
	});
});
