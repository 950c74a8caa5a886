import { describe, expect, it } from 'vitest';
import { compose, plateAt } from '$lib/graphics/map/plate';
import { baseProjection, focusView, zoomTransform } from '$lib/graphics/map/projection';
import { scaleBarCover } from '$lib/graphics/map/scaleBarCover';
import { serverAtlas } from '$lib/server/load/atlas';

const size = { width: 390, height: 420 };
const projection = baseProjection(serverAtlas, size.width);
const zoom = zoomTransform(focusView('afghanistan', serverAtlas, size), size);
/** A longitude and latitude on the screen of the whole-country view. */
const onScreen = (lonLat: [number, number]): [number, number] => {
	const [x, y] = projection(lonLat)!;
	return [x * zoom.k + zoom.x, y * zoom.k + zoom.y];
};

describe('scaleBarCover: what a screen point lies on', () => {
	const cases: {
		where: string;
		lonLat: [number, number];
		highlighted: string[];
		covers: number;
	}[] = [
		{
			where: 'Lashkar Gah, Helmand highlighted',
			lonLat: [64.3716, 31.5938],
			highlighted: ['AF-HEL'],
			covers: 2
		},
		{
			where: 'Lashkar Gah, Kandahar highlighted',
			lonLat: [64.3716, 31.5938],
			highlighted: ['AF-KAN'],
			covers: 1
		},
		{ where: 'Kabul, nothing highlighted', lonLat: [69.1723, 34.5281], highlighted: [], covers: 1 },
		{
			where: 'Quetta, in Pakistan',
			lonLat: [67.0099, 30.1798],
			highlighted: ['AF-HEL'],
			covers: 0
		},
		{ where: 'Mashhad, in Iran', lonLat: [59.6062, 36.2972], highlighted: [], covers: 0 }
	];
	it.each(cases)('$where: $covers', ({ lonLat, highlighted, covers }) => {
		const cover = scaleBarCover(serverAtlas, highlighted, compose(zoom, plateAt(size.width)));
		expect(cover(...onScreen(lonLat))).toBe(covers);
	});
});
