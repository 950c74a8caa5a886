import type { Size } from '../size';
import type { MapScene } from './scene';

/**
 * The names and marks a map scene shows at one size, in an SVG of their own over the provinces
 * (see MapOverlay). Its key names what it draws: two steps that show the same view, towns and
 * layers share one overlay.
 */
export interface Overlay {
	/** What it shows at which size. */
	key: string;
	/** What it shows: the focus, towns and layers (its view follows from them and its size). */
	shows: string;
	/** The chart size it is laid out for. */
	size: Size;
	scene: MapScene;
}

export function overlayOf(scene: MapScene, size: Size): Overlay {
	const layers = Object.entries(scene.layers)
		.filter(([, on]) => on)
		.map(([layer]) => layer);
	const places = scene.places
		.map((p) => (scene.labelsLeft.includes(p) ? `<${p}` : p))
		.map((p) => (p === scene.ring ? `(${p})` : p));
	const shows = `${scene.focus}:${places.join('+')}:${layers.join('+')}:${scene.named.join('+')}`;
	return { key: `${size.width}x${size.height}:${shows}`, shows, size, scene };
}

const sameSize = (a: Size, b: Size) => a.width === b.width && a.height === b.height;

/**
 * The overlays on the page once `shown` is shown: those drawn at its size (every map step has
 * the same; a new size, a rotation, lays them all out again), and `shown` itself unless it is to
 * come later (`drawn` false). `onPage` itself when nothing changes.
 */
export function overlaysWith(
	onPage: readonly Overlay[],
	shown: Overlay,
	drawn: boolean
): readonly Overlay[] {
	const here = onPage.filter((o) => sameSize(o.size, shown.size));
	if (!drawn || here.some((o) => o.key === shown.key))
		return here.length === onPage.length ? onPage : here;
	return [...here, shown];
}

/** The first of `scenes`' overlays not on the page yet at this size (null: all are), to be drawn ahead. */
export function nextOverlayAhead(
	scenes: Iterable<MapScene>,
	size: Size,
	onPage: readonly Overlay[]
): Overlay | null {
	for (const scene of scenes) {
		const overlay = overlayOf(scene, size);
		if (!onPage.some((o) => o.key === overlay.key)) return overlay;
	}
	return null;
}
