/**
 * The maps' code and data, fetched together as separate files: none of it weighs on the first
 * screen, which shows the troop chart. The data comes projected (see plate.ts): nothing to decode.
 */
export async function loadMap() {
	const [component, atlas] = await Promise.all([
		import('./MapChart.svelte'),
		import('$lib/data/atlas').then((m) => m.loadAtlas())
	]);
	return { MapChart: component.default, atlas };
}

export type LoadedMap = Awaited<ReturnType<typeof loadMap>>;
