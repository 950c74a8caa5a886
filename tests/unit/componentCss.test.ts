import { describe, expect, it } from 'vitest';
import { palettes } from '$lib/graphics/palette';
import { darkColourRules, resolveVars } from '$lib/server/render/componentCss';

const { light, dark } = palettes;

describe('resolveVars', () => {
	it.each([
		['a colour', '.a { fill: var(--troops); }', 'light', `.a { fill: ${light.troops}; }`],
		['a colour, dark', '.a { fill: var(--troops); }', 'dark', `.a { fill: ${dark.troops}; }`],
		[
			'a compound name',
			'.a { fill: var(--attack-tint); }',
			'light',
			`.a { fill: ${light.attackTint}; }`
		],
		['a font stack', 'text { font-family: var(--sans); }', 'light', /Source Sans 3/],
		['a fallback', '.a { stroke: var(--nowhere, red); }', 'light', '.a { stroke: red; }']
	] as const)('writes out %s', (_, css, theme, expected) => {
		const out = resolveVars(css, theme);
		if (typeof expected === 'string') expect(out).toBe(expected);
		else expect(out).toMatch(expected);
	});

	it('fails on a variable it has no value for', () => {
		expect(() => resolveVars('.a { fill: var(--nowhere); }', 'light')).toThrow(
			'componentCss: no value for var(--nowhere)'
		);
	});
});

describe('darkColourRules', () => {
	it.each([
		['keeps a colour', '.a { fill: var(--troops); }', `.a{fill: ${dark.troops}}`],
		[
			'keeps only the colours of a rule',
			'.a.svelte-x { fill: var(--ink); stroke-width: 2; font-family: var(--sans); }',
			`.a.svelte-x{fill: ${dark.ink}}`
		],
		['drops a rule without colour', '.a { stroke-width: 2; }', ''],
		['drops comments', '/* fill: var(--ink) */ .a { opacity: 0.5; }', ''],
		[
			'keeps grouped selectors',
			'rect.svelte-x,\n\tpath.svelte-x { stroke: var(--rule); }',
			`rect.svelte-x,\n\tpath.svelte-x{stroke: ${dark.rule}}`
		]
	])('%s', (_, css, expected) => {
		expect(darkColourRules(css)).toBe(expected);
	});
});
