import { describe, expect, it } from 'vitest';
import {
	childMessage,
	HOST_SOURCE,
	originAllowed,
	parseHostMessage,
	pymMessage
} from '$lib/embed/protocol';

const host = (extra: object) => ({ source: HOST_SOURCE, version: 1, ...extra });

describe('parseHostMessage', () => {
	it.each([
		[
			'viewport',
			host({ type: 'story:viewport', top: -120.5, height: 844 }),
			{ kind: 'viewport', top: -120.5, height: 844 }
		],
		[
			'start step',
			host({ type: 'story:start', slug: 'helmand' }),
			{ kind: 'start', slug: 'helmand' }
		],
		[
			'pym viewport',
			'pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx390 844 -120 0 3000 390',
			{ kind: 'viewport', top: -120, height: 844 }
		],
		['pym width', 'pymxPYMxstoryxPYMxwidthxPYMx390', { kind: 'width' }]
	])('reads %s', (_name, data, expected) => {
		expect(parseHostMessage(data, 'story')).toEqual(expected);
	});

	it.each([
		['another version', host({ version: 2, type: 'story:viewport', top: 0, height: 800 })],
		['another source', { source: 'evil', version: 1, type: 'story:viewport', top: 0, height: 800 }],
		['a string height', host({ type: 'story:viewport', top: 0, height: '800' })],
		['an infinite top', host({ type: 'story:viewport', top: Infinity, height: 800 })],
		['a zero height', host({ type: 'story:viewport', top: 0, height: 0 })],
		['markup as a slug', host({ type: 'story:start', slug: '<img src=x onerror=alert(1)>' })],
		['an unknown type', host({ type: 'story:eval', code: 'alert(1)' })],
		[
			'pym for another child',
			'pymxPYMxotherxPYMxviewport-iframe-positionxPYMx390 844 -120 0 3000 390'
		],
		[
			'pym with junk numbers',
			'pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx390 abc -120 0 3000 390'
		],
		['pym with too many parts', 'pymxPYMxstoryxPYMxwidthxPYMx390xPYMx1'],
		['null', null],
		['a number', 42]
	])('ignores %s', (_name, data) => {
		expect(parseHostMessage(data, 'story')).toBeNull();
	});

	it('ignores pym strings when the story was not opened by pym', () => {
		expect(parseHostMessage('pymxPYMxstoryxPYMxwidthxPYMx390', null)).toBeNull();
	});
});

describe('messages to the host', () => {
	it('carries its source and version', () => {
		expect(childMessage({ type: 'story:step', slug: 'helmand', index: 7 })).toEqual({
			source: 'story-embed',
			version: 1,
			type: 'story:step',
			slug: 'helmand',
			index: 7
		});
		expect(pymMessage('story', 'height', '1200')).toBe('pymxPYMxstoryxPYMxheightxPYMx1200');
	});
});

describe('originAllowed', () => {
	it.each([
		['https://news.example', [], true],
		['https://news.example', ['https://news.example'], true],
		['https://evil.example', ['https://news.example'], false]
	])('%s with %j: %s', (origin, allowed, expected) => {
		expect(originAllowed(origin, allowed)).toBe(expected);
	});
});
