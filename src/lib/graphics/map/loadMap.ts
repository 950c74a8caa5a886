/**
 * The maps' code (d3-geo, topojson) and data, fetched together as separate files: none of it
 * weighs on the first screen, which shows the troop chart.
 */
export async function loadMap() {
	const [component, shapes, atlas] = await Promise.all([
		import('./MapChart.svelte'),
		import('./shapes'),
		import('$lib/data/atlas').then((m) => m.loadAtlas())
	]);
	return { MapChart: component.default, prepareShapes: shapes.prepareShapes, atlas };
}

export type LoadedMap = Awaited<ReturnType<typeof loadMap>>;
