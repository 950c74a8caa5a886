import { describe, expect, it } from 'vitest';
import { catchUpPacer } from '$lib/graphics/sceneTween';

/** Which of the frames (given as elapsed ms) a pacer skips. */
const skippedOf = (frames: number[]) => {
	const pace = catchUpPacer();
	return frames.filter((elapsed) => pace(elapsed));
};

describe('catchUpPacer', () => {
	it('skips nothing while every frame comes on time', () => {
		expect(skippedOf([16.7, 33.4, 50.1, 66.8, 83.5, 100.2])).toEqual([]);
	});

	it('skips the one update right after a late frame, then updates again', () => {
		expect(skippedOf([16.7, 50.1, 66.8, 83.5, 100.2])).toEqual([50.1]);
	});

	it('never skips two updates in a row, however late the frames', () => {
		expect(skippedOf([33.4, 66.8, 100.2, 133.6, 167])).toEqual([33.4, 100.2, 167]);
	});
});
