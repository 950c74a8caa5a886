import { describe, expect, it } from 'vitest';
import { nextFigureAhead } from '../../src/lib/graphics/figuresAhead';

const steps = ['a', 'b', 'c', 'd', 'e'];

describe('nextFigureAhead', () => {
	it.each([
		{ shown: 'a', onPage: ['a'], next: 'b' },
		{ shown: 'c', onPage: ['c'], next: 'd' },
		{ shown: 'c', onPage: ['c', 'd'], next: 'b' },
		{ shown: 'c', onPage: ['b', 'c', 'd'], next: 'e' },
		{ shown: 'c', onPage: ['b', 'c', 'd', 'e'], next: 'a' },
		{ shown: 'e', onPage: ['e'], next: 'd' },
		{ shown: 'e', onPage: ['c', 'd', 'e'], next: 'b' },
		{ shown: 'b', onPage: ['b', 'e'], next: 'c' },
		{ shown: 'c', onPage: steps, next: null }
	])('shown $shown, on the page $onPage: $next', ({ shown, onPage, next }) => {
		expect(nextFigureAhead(steps, onPage, shown)).toBe(next);
	});
});
