/** Runs a piece of work: in a job of its own (the page's scheduler), or at once. */
export type RunPiece = (piece: () => void) => Promise<void>;

/**
 * The maps' code (d3-geo, topojson) and data, fetched together as separate files: none of it
 * weighs on the first screen, which shows the troop chart. The data is decoded a part at a time
 * (`run`): in one task, topojson's decoding and stitching is a long one on a slow phone.
 */
export async function loadMap(run: RunPiece = async (piece) => piece()) {
	const [component, shapes, { atlasTasks, topology }] = await Promise.all([
		import('./MapChart.svelte'),
		import('./shapes'),
		import('$lib/data/atlas').then(async (m) => ({
			atlasTasks: m.atlasTasks,
			topology: await m.loadAtlasFile()
		}))
	]);
	const { atlas, tasks } = atlasTasks(topology);
	for (const task of tasks) await run(task);
	return { MapChart: component.default, prepareShapes: shapes.prepareShapes, atlas };
}

export type LoadedMap = Awaited<ReturnType<typeof loadMap>>;
