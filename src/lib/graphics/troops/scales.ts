import { scaleLinear, scaleUtc } from 'd3-scale';
import { frame, type Scene, type Size } from './scene';

/** The x (time) and y (troops) scales of a scene at a size. */
export function scalesFor(scene: Scene, size: Size) {
	const f = frame(size);
	return {
		frame: f,
		x: scaleUtc().domain([scene.x0, scene.x1]).range([f.left, f.right]),
		y: scaleLinear().domain([0, scene.y1]).range([f.bottom, f.top])
	};
}
export type Scales = ReturnType<typeof scalesFor>;
