import type { ZoomTransform } from './projection';

/**
 * The zoom the provinces are drawn at while the map moves between two zooms: the closer one.
 * In between, the drawing is only scaled down by a CSS transform, never blown up (which would
 * blur it and thicken its lines); lines are at their weight at the closer zoom and thinner on
 * the way (as in Leaflet's zoom animation).
 */
export function drawingZoom(from: ZoomTransform, to: ZoomTransform): ZoomTransform {
	return from.k > to.k ? from : to;
}

/**
 * The CSS transform that shows, at zoom `zoom`, provinces drawn at zoom `drawn`
 * (screen = base × k + [x, y] for both; transform-origin 0 0). A transform is all that changes
 * on a frame of a move: no layout or repaint of the shapes.
 */
export function layerTransform(zoom: ZoomTransform, drawn: ZoomTransform): string {
	const { x, y, s } = layerOffset(zoom, drawn);
	if (Math.abs(s - 1) < 1e-9 && Math.abs(x) < 1e-6 && Math.abs(y) < 1e-6) return 'none';
	return cssTransform(zoom, drawn);
}

/** The layer's translation and scale that show, at `zoom`, a drawing made at `drawn`. */
function layerOffset(zoom: ZoomTransform, drawn: ZoomTransform) {
	const s = zoom.k / drawn.k;
	return { x: zoom.x - s * drawn.x, y: zoom.y - s * drawn.y, s };
}

const cssTransform = (zoom: ZoomTransform, drawn: ZoomTransform) => {
	const { x, y, s } = layerOffset(zoom, drawn);
	return `translate(${x}px, ${y}px) scale(${s})`;
};

/**
 * The keyframes of a move, for the layer's Web Animation: the zoom path sampled at `samples`
 * eased instants, each as the layer's transform (always translate + scale, so every pair of
 * keyframes interpolates function by function). Run linearly, they follow the curved path
 * closely enough that no frame needs the main thread.
 */
export function moveKeyframes(
	zoomAt: (t: number) => ZoomTransform,
	drawn: ZoomTransform,
	samples = 24
): Keyframe[] {
	return Array.from({ length: samples + 1 }, (_, i) => ({
		transform: cssTransform(zoomAt(i / samples), drawn)
	}));
}
