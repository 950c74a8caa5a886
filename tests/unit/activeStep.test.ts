import { describe, expect, it } from 'vitest';
import { activeStep, landingFor, scrollTopFor, TRIGGER, triggerFrom } from '$lib/engine/activeStep';

const tops = [1000, 2000, 3000, 4000];

describe('activeStep', () => {
	it.each([
		{ name: 'at the top of the page', viewport: { top: 0, height: 1000 }, expected: -1 },
		{ name: 'just before the first trigger', viewport: { top: 399, height: 1000 }, expected: -1 },
		{ name: 'first step on the line', viewport: { top: 400, height: 1000 }, expected: 0 },
		{ name: 'between steps', viewport: { top: 1200, height: 1000 }, expected: 0 },
		{ name: 'second step crossed', viewport: { top: 1400, height: 1000 }, expected: 1 },
		{ name: 'last step crossed', viewport: { top: 3500, height: 1000 }, expected: 3 },
		{ name: 'far past the end', viewport: { top: 99999, height: 1000 }, expected: 3 },
		{ name: 'a jump skips steps', viewport: { top: 2450, height: 1000 }, expected: 2 },
		{ name: 'a small phone viewport', viewport: { top: 1500, height: 844 }, expected: 1 },
		{ name: 'an embed viewport (negative top)', viewport: { top: -500, height: 900 }, expected: -1 }
	])('$name → $expected', ({ viewport, expected }) => {
		expect(activeStep(tops, viewport)).toBe(expected);
	});

	it('takes the trigger line as a fraction of the viewport', () => {
		expect(activeStep(tops, { top: 900, height: 1000 }, 0.1)).toBe(0);
		expect(activeStep(tops, { top: 899, height: 1000 }, 0.1)).toBe(-1);
	});

	it('handles no steps', () => {
		expect(activeStep([], { top: 0, height: 800 })).toBe(-1);
	});

	it('does not mutate its inputs', () => {
		const input = [...tops];
		const viewport = { top: 1400, height: 1000 };
		activeStep(input, viewport);
		expect(input).toEqual(tops);
		expect(viewport).toEqual({ top: 1400, height: 1000 });
	});
});

describe('scrollTopFor', () => {
	it.each([TRIGGER, 0.8])(
		'lands a step past the trigger line %s, so opening at it makes it active',
		(trigger) => {
			expect(landingFor(trigger)).toBeLessThan(trigger);
			for (const [i, top] of tops.entries()) {
				for (const height of [640, 844, 900, 1200]) {
					const viewport = { top: scrollTopFor(top, height, landingFor(trigger)), height };
					expect(activeStep(tops, viewport, trigger)).toBe(i);
				}
			}
		}
	);

	it('never scrolls above the page', () => {
		expect(scrollTopFor(100, 900)).toBe(0);
	});
});

describe("triggerFrom (the layout's --trigger)", () => {
	it.each([
		{ css: '0.8', expected: 0.8 },
		{ css: ' 0.6', expected: 0.6 },
		{ css: '', expected: TRIGGER },
		{ css: 'auto', expected: TRIGGER },
		{ css: '1.2', expected: TRIGGER },
		{ css: '0', expected: TRIGGER }
	])('$css → $expected', ({ css, expected }) => {
		expect(triggerFrom(css)).toBe(expected);
	});
});
