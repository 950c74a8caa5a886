import { readFileSync } from 'node:fs';
import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { parsePlaces, parseProvinces } from '$lib/data/places';
import { placeLabel, centredLabel } from '$lib/graphics/map/labelLayout';
import {
	baseProjection,
	fittedProjection,
	focusView,
	scaleBarKm,
	zoomTransform
} from '$lib/graphics/map/projection';
import { zoomedShapes } from '$lib/graphics/map/shapes';
import {
	nextOverlayAhead,
	overlayOf,
	overlaysWith,
	type Overlay
} from '$lib/graphics/map/overlays';
import { highlightChange, mapScene } from '$lib/graphics/map/scene';
import { storyStates } from '$lib/story/steps';
import type { MapState } from '$lib/story/types';
import { serverAtlas } from '$lib/server/load/atlas';
import { geography } from './helpers/geography';

const atlas = serverAtlas;
const mapSteps = storyStates.filter((s) => s.state.view === 'map') as unknown as {
	slug: string;
	state: MapState;
}[];
const stateOf = (slug: string) => mapSteps.find((s) => s.slug === slug)!.state;

describe('the map steps', () => {
	const provinces = parseProvinces(readFileSync('data/sources/provinces.csv', 'utf8'), 'p').map(
		(p) => p.iso_3166_2
	);
	const places = parsePlaces(readFileSync('data/sources/places.csv', 'utf8'), 'p').map(
		(p) => p.name_en
	);

	it.each(mapSteps.map((s) => [s.slug, s.state] as const))(
		'%s highlights real provinces and names known places',
		(_slug, state) => {
			for (const h of state.highlights) expect(provinces).toContain(h.iso);
			for (const p of state.places) expect(places).toContain(p);
			expect(new Set(state.highlights.map((h) => h.iso)).size).toBe(state.highlights.length);
		}
	);

	it('the six-provinces step colours only the provinces that were named or reported', () => {
		const state = stateOf('six-provinces');
		expect(state.highlights).toEqual([
			{ iso: 'AF-HEL', role: 'front' },
			{ iso: 'AF-GHA', role: 'named' },
			{ iso: 'AF-KAN', role: 'named' },
			{ iso: 'AF-ZAB', role: 'reported' },
			{ iso: 'AF-FRA', role: 'reported' },
			{ iso: 'AF-BGL', role: 'reported' }
		]);
		expect(state.unnamed).toBe(4);
	});
});

describe('mapScene', () => {
	it('turns a state into a scene without touching the state', () => {
		const state = stateOf('helmand');
		const before = structuredClone(state);
		const scene = mapScene(state, [1, 2, 3]);
		expect(scene).toEqual({
			focus: 'helmand',
			view: [1, 2, 3],
			highlights: [{ iso: 'AF-HEL', role: 'front' }],
			places: ['Lashkar Gah'],
			labelsLeft: ['Lashkar Gah'],
			ring: 'Lashkar Gah',
			named: [],
			layers: { checkpoints: true, inset: true, provinceNames: true }
		});
		expect(state).toEqual(before);
	});

	it('shows no inset and no province names on the national map', () => {
		expect(mapScene(stateOf('afghanistan'), [0, 0, 1]).layers).toEqual({
			checkpoints: false,
			inset: false,
			provinceNames: false
		});
	});

	it('names the provinces a step needs named at the national view', () => {
		const scene = mapScene(stateOf('six-provinces'), [0, 0, 1]);
		expect(scene.layers.provinceNames).toBe(false);
		expect(scene.named).toEqual(['AF-ZAB', 'AF-FRA', 'AF-BGL']);
	});
});

describe('highlightChange', () => {
	const helmand = mapScene(stateOf('riposte'), [100, 150, 80]).highlights;
	const six = mapScene(stateOf('six-provinces'), [180, 120, 360]).highlights;

	it('keeps what both steps show, fades in what only the new one shows, out what it drops', () => {
		const change = highlightChange(helmand, six);
		expect(change.kept).toEqual([{ iso: 'AF-HEL', role: 'front' }]);
		expect(change.entering.map((h) => h.iso).sort()).toEqual(
			['AF-BGL', 'AF-FRA', 'AF-GHA', 'AF-KAN', 'AF-ZAB'].sort()
		);
		expect(change.leaving).toEqual([]);
		expect(highlightChange(six, []).leaving).toEqual(six);
	});

	it('lets a province whose role changes leave in its old look and enter in its new one', () => {
		const change = highlightChange(
			[{ iso: 'AF-GHA', role: 'reported' }],
			[{ iso: 'AF-GHA', role: 'named' }]
		);
		expect(change).toEqual({
			kept: [],
			entering: [{ iso: 'AF-GHA', role: 'named' }],
			leaving: [{ iso: 'AF-GHA', role: 'reported' }]
		});
	});
});

describe('focusView', () => {
	const sizes = [
		{ width: 320, height: 200 },
		{ width: 358, height: 260 },
		{ width: 830, height: 560 }
	];
	it.each(sizes)('frames each focus inside a $width×$height frame', (size) => {
		const projection = baseProjection(atlas, size.width);
		const path = geoPath(projection);
		for (const [focus, isos] of [
			['helmand', ['AF-HEL']],
			['kabul', ['AF-KAB']]
		] as const) {
			const t = zoomTransform(focusView(focus, atlas, size), size);
			expect(t.k).toBeGreaterThan(1.5);
			for (const iso of isos) {
				const [[x0, y0], [x1, y1]] = path.bounds(geography.provinces.find((p) => p.id === iso)!);
				expect(x0 * t.k + t.x).toBeGreaterThanOrEqual(0);
				expect(y0 * t.k + t.y).toBeGreaterThanOrEqual(0);
				expect(x1 * t.k + t.x).toBeLessThanOrEqual(size.width);
				expect(y1 * t.k + t.y).toBeLessThanOrEqual(size.height);
			}
		}
		// The whole country fills the frame, inside a 12 px margin, whatever its height.
		const t = zoomTransform(focusView('afghanistan', atlas, size), size);
		const [[x0, y0], [x1, y1]] = path.bounds(geography.outline);
		const box: [number, number, number, number] = [
			x0 * t.k + t.x,
			y0 * t.k + t.y,
			x1 * t.k + t.x,
			y1 * t.k + t.y
		];
		expect(box[0]).toBeGreaterThanOrEqual(11.9);
		expect(box[1]).toBeGreaterThanOrEqual(11.9);
		expect(box[2]).toBeLessThanOrEqual(size.width - 11.9);
		expect(box[3]).toBeLessThanOrEqual(size.height - 11.9);
		const fills = Math.max(
			(box[2] - box[0] + 24) / size.width,
			(box[3] - box[1] + 24) / size.height
		);
		expect(fills).toBeCloseTo(1, 5);
	});

	it('keeps the provinces’ drawing for a width: a new height changes the zoom only', () => {
		const view = (height: number) =>
			zoomTransform(focusView('afghanistan', atlas, { width: 358, height }), {
				width: 358,
				height
			});
		expect(view(160).k).toBeLessThan(view(300).k);
	});

	it('shares one base projection per atlas and width, which a zoomed figure leaves as it is', () => {
		const shared = baseProjection(atlas, 358);
		expect(baseProjection(atlas, 358)).toBe(shared);
		expect(baseProjection(atlas, 320)).not.toBe(shared);
		expect(fittedProjection(atlas, 358)).not.toBe(shared);
		const [scale, translate] = [shared.scale(), shared.translate()];
		zoomedShapes(atlas, 358, { k: 3, x: -200, y: -100 });
		expect([shared.scale(), shared.translate()]).toEqual([scale, translate]);
	});
});

describe('scaleBarKm', () => {
	it.each([
		[1, 110, 100],
		[4, 110, 250],
		[0.4, 110, 25],
		[10, 60, 500]
	])('at %f km/px and %i px at most: %i km', (kmPerPx, maxPx, km) => {
		expect(scaleBarKm(kmPerPx, maxPx).km).toBe(km);
	});
});

describe('label layout', () => {
	const size = { width: 320, height: 200 };
	const place = (key: string, left = false) => ({ key, name: key, capital: false, left });

	it('sets a town’s name to the right of its dot, to the left when the step says so', () => {
		expect(placeLabel(place('Kandahar'), [100, 100], 7, size).anchor).toBe('start');
		expect(placeLabel(place('Lashkar Gah', true), [200, 100], 7, size).anchor).toBe('end');
	});

	it('turns a name round rather than let it leave the frame', () => {
		expect(placeLabel(place('Kandahar'), [300, 100], 7, size).anchor).toBe('end');
		expect(placeLabel(place('Lashkar Gah', true), [20, 100], 7, size).anchor).toBe('start');
	});

	it('drops a centred label that would leave the frame or hit another', () => {
		expect(centredLabel('Iran', [1, 100], size, [], true)).toBeNull();
		const box = centredLabel('Iran', [100, 100], size, [], true)!;
		expect(box).not.toBeNull();
		expect(centredLabel('Chine', [102, 101], size, [box], true)).toBeNull();
	});
});

describe('overlays (names and marks of a scene, drawn ahead)', () => {
	const size = { width: 358, height: 260 };
	const sceneAt = (slug: string, at = size) =>
		mapScene(stateOf(slug), focusView(stateOf(slug).focus, atlas, at));

	it('are keyed by what they show: steps with the same view, towns and marks share one', () => {
		const key = (slug: string) => overlayOf(sceneAt(slug), size).key;
		expect(key('violences')).toBe(key('afghanistan'));
		expect(key('riposte')).toBe(key('helmand'));
		expect(key('kaboul')).not.toBe(key('afghanistan'));
		expect(key('six-provinces')).not.toBe(key('afghanistan'));
		const shorter = { width: 358, height: 200 };
		const helmandShorter = overlayOf(sceneAt('helmand', shorter), shorter);
		expect(helmandShorter.key).not.toBe(key('helmand'));
		expect(helmandShorter.shows).toBe(overlayOf(sceneAt('helmand'), size).shows);
	});

	it('are drawn ahead one at a time, each once, until every step’s is on the page', () => {
		const scenes = mapSteps.map((s) => sceneAt(s.slug));
		let onPage: Overlay[] = [];
		for (let next = nextOverlayAhead(scenes, size, onPage); next;) {
			expect(onPage.some((o) => o.key === next!.key)).toBe(false);
			onPage = [...onPage, next];
			next = nextOverlayAhead(scenes, size, onPage);
		}
		expect(onPage.map((o) => o.key)).toEqual([
			...new Set(scenes.map((scene) => overlayOf(scene, size).key))
		]);
		expect(onPage).toHaveLength(4);
	});

	it('stay on the page at their size, and go with a new size', () => {
		const helmand = overlayOf(sceneAt('helmand'), size);
		const onPage = [overlayOf(sceneAt('afghanistan'), size)];
		// The shown overlay is added, those of the other steps stay...
		expect(overlaysWith(onPage, helmand, true).map((o) => o.key)).toEqual([
			onPage[0]!.key,
			helmand.key
		]);
		// ...one already drawn is reused, not drawn twice...
		expect(overlaysWith([...onPage, helmand], helmand, true)).toHaveLength(2);
		// ...one to come later (the map built out of sight) is not drawn yet...
		expect(overlaysWith(onPage, helmand, false)).toEqual(onPage);
		// ...a step shown is not drawn ahead again...
		const scenes = ['afghanistan', 'helmand'].map((slug) => sceneAt(slug));
		expect(nextOverlayAhead(scenes, size, overlaysWith(onPage, helmand, true))).toBeNull();
		// ...and a new size (a rotation) lays everything out again, whatever changed.
		for (const other of [
			{ width: 800, height: 600 },
			{ width: 358, height: 200 }
		]) {
			expect(overlaysWith(onPage, overlayOf(sceneAt('helmand', other), other), true)).toHaveLength(
				1
			);
			expect(nextOverlayAhead(scenes, other, onPage)).not.toBeNull();
		}
	});
});
