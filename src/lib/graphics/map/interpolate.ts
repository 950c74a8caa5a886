import { interpolateZoom } from 'd3-interpolate';
import { MAP_LAYERS, type MapScene } from './scene';

/** Items present in either scene, keyed, fading between their opacities. */
function fadeByKey<T extends { opacity: number }>(a: T[], b: T[], key: (item: T) => string) {
	const keys = [...new Set([...a.map(key), ...b.map(key)])];
	return keys.map((k) => {
		const from = a.find((item) => key(item) === k);
		const to = b.find((item) => key(item) === k);
		// An item keeps its target look (role...) while it fades; one that leaves keeps its old look.
		const base = (to ?? from)!;
		const o0 = from?.opacity ?? 0;
		const o1 = to?.opacity ?? 0;
		return (t: number): T => ({ ...base, opacity: o0 + (o1 - o0) * t });
	});
}

/**
 * Interpolates two map scenes: the view along d3's smooth zoom path (van Wijk and Nuij),
 * highlights, places and layers by opacity. At t = 1 the result equals `b`.
 */
export function interpolateMapScene(a: MapScene, b: MapScene): (t: number) => MapScene {
	const view = interpolateZoom(a.view, b.view);
	const highlights = fadeByKey(a.highlights, b.highlights, (h) => h.iso);
	const places = fadeByKey(a.places, b.places, (p) => p.key);
	return (t) => {
		if (t >= 1) return b;
		const layers = {} as MapScene['layers'];
		for (const layer of MAP_LAYERS)
			layers[layer] = a.layers[layer] + (b.layers[layer] - a.layers[layer]) * t;
		return {
			view: view(t) as MapScene['view'],
			highlights: highlights.map((h) => h(t)),
			places: places.map((p) => p(t)),
			layers
		};
	};
}
