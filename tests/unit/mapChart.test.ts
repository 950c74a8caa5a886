import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import MapChart from '$lib/graphics/map/MapChart.svelte';
import { wordsContext } from '$lib/i18n/editions';
import { storyStates } from '$lib/story/steps';
import type { MapState } from '$lib/story/types';
import { serverAtlas } from '$lib/server/load/atlas';

const atlas = serverAtlas;
const places = [
	{
		key: 'Lashkar Gah',
		name: 'Lashkar Gah',
		kind: 'provincial_capital' as const,
		lon: 64.3716,
		lat: 31.5938
	},
	{ key: 'Kabul', name: 'Kaboul', kind: 'national_capital' as const, lon: 69.1723, lat: 34.5281 }
];
const stateOf = (slug: string) => storyStates.find((s) => s.slug === slug)!.state as MapState;

describe('MapChart on the server (prerendering)', () => {
	it('renders a step’s map as SVG: 34 provinces, its highlights, its zoom and its towns', () => {
		const { body } = render(MapChart, {
			props: {
				map: stateOf('helmand'),
				atlas,
				places,
				size: { width: 358, height: 260 },
				animate: false
			},
			context: wordsContext('fr')
		});
		expect(body.match(/data-province="AF-[A-Z]{3}"/g)).toHaveLength(34);
		expect(body).toContain('data-province="AF-HEL" data-highlight="front"');
		expect(body).toContain('data-focus="helmand"');
		expect(Number(/data-zoom="([\d.]+)"/.exec(body)?.[1])).toBeGreaterThan(1.5);
		expect(body).toContain('>Lashkar Gah</text>');
		expect(body).toContain('data-annotation="checkpoints"');
		expect(body).toContain('Fond de carte\u00a0: Natural Earth');
	});

	it('colours no province as one of the unnamed ones', () => {
		const { body } = render(MapChart, {
			props: {
				map: stateOf('six-provinces'),
				atlas,
				places,
				size: { width: 358, height: 260 },
				animate: false
			},
			context: wordsContext('fr')
		});
		const roles = [...body.matchAll(/data-highlight="(\w+)"/g)].map((m) => m[1]);
		expect(roles.sort()).toEqual(['front', 'named', 'named', 'reported', 'reported', 'reported']);
	});

	it('writes its words and names in the edition’s language', () => {
		const { body } = render(MapChart, {
			props: {
				map: stateOf('afghanistan'),
				atlas,
				places: [{ ...places[1]!, name: 'Kabul' }],
				size: { width: 358, height: 260 },
				animate: false
			},
			context: wordsContext('en')
		});
		expect(body).toContain('Base map: Natural Earth');
		expect(body).toContain('>Kabul</text>');
		expect(body).toContain('>TAJIKISTAN</text>');
		expect(body).not.toContain('TADJIKISTAN');
	});
});
