import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAtlas } from '$lib/data/atlas';
import { geoCentroid, geoPath } from 'd3-geo';
import { baseProjection } from '$lib/graphics/map/projection';
import { prepareShapes, projectedShapes, provinceCentroids } from '$lib/graphics/map/shapes';

const topology = JSON.parse(readFileSync('data/map/afghanistan.topo.json', 'utf8'));
const freshAtlas = () => decodeAtlas(topology);

/** A scheduler that queues tasks, run by hand. */
function queue() {
	const tasks: (() => void)[] = [];
	return {
		schedule: (task: () => void) => {
			tasks.push(task);
			return () => tasks.splice(tasks.indexOf(task), 1);
		},
		runAll: () => {
			let n = 0;
			for (; tasks.length; n++) tasks.shift()!();
			return n;
		},
		runSome: (count: number) => {
			for (let n = 0; n < count && tasks.length; n++) tasks.shift()!();
		},
		get pending() {
			return tasks.length;
		}
	};
}

describe('map shapes', () => {
	it('are projected once per width and reused', () => {
		const atlas = freshAtlas();
		const a = projectedShapes(atlas, 358);
		expect(a.provinces).toHaveLength(34);
		expect(projectedShapes(atlas, 358)).toBe(a);
		expect(projectedShapes(atlas, 800)).not.toBe(a);
	});

	it('can be prepared a few at a time, ahead of the first map step, with the same result', () => {
		const atlas = freshAtlas();
		const tasks = queue();
		let done = 0;
		prepareShapes(atlas, 358, tasks.schedule, () => done++);
		expect(tasks.runAll()).toBeGreaterThan(5);
		expect(done).toBe(1);
		expect(projectedShapes(atlas, 358)).toEqual(projectedShapes(freshAtlas(), 358));
		// Already there: ready at once.
		prepareShapes(atlas, 358, tasks.schedule, () => done++);
		expect(done).toBe(2);
	});

	it('are cut into tasks yet draw what one projection of each shape draws', () => {
		const atlas = freshAtlas();
		const shapes = projectedShapes(atlas, 358);
		const path = geoPath(baseProjection(atlas, 358));
		expect(shapes.borders).toBe(path(atlas.borders));
		expect(shapes.outline).toBe(path(atlas.outline));
		expect(shapes.provinces).toEqual(atlas.provinces.map((p) => ({ iso: p.id, d: path(p) })));
		expect(shapes.neighbours).toEqual(atlas.neighbours.map((n) => ({ id: n.id, d: path(n) })));
	});

	it.each([
		{ left: 'none', leave: 0 },
		{ left: 'the last three', leave: 3 },
		{ left: 'all', leave: Infinity }
	])(
		'give every province its centroid, each computed once, whatever the tasks left ($left)',
		({ leave }) => {
			const atlas = freshAtlas();
			const tasks = queue();
			prepareShapes(atlas, 358, tasks.schedule);
			tasks.runSome(Math.max(0, tasks.pending - leave));
			const centroids = provinceCentroids(atlas);
			expect([...centroids.keys()]).toEqual(atlas.provinces.map((p) => p.id));
			for (const p of atlas.provinces) expect(centroids.get(p.id)).toEqual(geoCentroid(p));
			// The tasks left find them done: nothing is computed or added again.
			tasks.runAll();
			expect(provinceCentroids(atlas)).toBe(centroids);
			expect(centroids.size).toBe(34);
		}
	);

	it('stop when asked, and leave the work to the map if it comes first', () => {
		const atlas = freshAtlas();
		const tasks = queue();
		const stop = prepareShapes(atlas, 358, tasks.schedule);
		stop();
		expect(tasks.pending).toBe(0);
		const other = queue();
		let done = false;
		prepareShapes(atlas, 358, other.schedule, () => (done = true));
		const shown = projectedShapes(atlas, 358);
		other.runAll();
		expect(projectedShapes(atlas, 358)).toBe(shown);
		expect(done).toBe(true);
	});
});
