/**
 * Derives the page's map data (one TopoJSON) from open geometry, and refuses to derive it
 * when the geometry cannot be trusted. Pure: inputs in, topology out (or an AtlasError
 * listing every problem found). `data/map/build.ts` reads the files and writes the result.
 */
import bboxClip from '@turf/bbox-clip';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, neighbors, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import {
	parseCapitals,
	parseGeometryLabels,
	parseNeighbours,
	parsePlaces,
	parseProvinces
} from '../../src/lib/data/places';
import { unitBounds, type Bounds } from '../../src/lib/graphics/map/conic';

/** Afghanistan with a margin, in degrees: every province vertex must fall inside. */
const AFGHANISTAN_BOX = { west: 60, south: 29, east: 75.5, north: 39 };
/** The neighbours are clipped to this box (the widest view the page shows), [w, s, e, n]. */
export const NEIGHBOUR_CLIP: [number, number, number, number] = [55, 25, 80, 42];
/** Spherical triangles smaller than this (steradians, about 1 km²) are simplified away. */
const MIN_WEIGHT = 2.5e-8;
/** Coordinates are quantized to a grid of this many steps across the whole extent. */
const QUANTIZATION = 1e4;

export interface AtlasInput {
	/** The admin-1 polygons for Afghanistan, and where they come from (for messages). */
	provinceGeometry: { topology: Topology; file: string };
	/** world-atlas countries (Natural Earth admin-0). */
	world: { topology: Topology; file: string };
	/** CSV texts keyed by their path (for messages). */
	provinces: { text: string; file: string };
	labels: { text: string; file: string };
	capitals: { text: string; file: string };
	places: { text: string; file: string };
	neighbours: { text: string; file: string };
}

export type ProvinceProperties = { name_fr: string; name_en: string };
export type NeighbourProperties = ProvinceProperties & { label: [number, number] };
export type AtlasTopology = Topology<{
	provinces: GeometryCollection<ProvinceProperties>;
	neighbours: GeometryCollection<NeighbourProperties>;
}> & {
	/** The country's outline as the maps' conic fits it (`unitBounds`), worked out here once. */
	fit: Bounds;
};

/** Every problem found in the inputs, one per line. */
export class AtlasError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`The map data cannot be built (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n- ${problems.join('\n- ')}`
		);
		this.name = 'AtlasError';
	}
}

type Shape = Feature<Polygon | MultiPolygon, { name?: string }>;

/** Builds the page's topology, or throws an AtlasError. */
export function buildAtlas(input: AtlasInput): AtlasTopology {
	const provinces = parseProvinces(input.provinces.text, input.provinces.file);
	const labels = parseGeometryLabels(input.labels.text, input.labels.file);
	const capitals = parseCapitals(input.capitals.text, input.capitals.file);
	const places = parsePlaces(input.places.text, input.places.file);
	const neighbourRows = parseNeighbours(input.neighbours.text, input.neighbours.file);

	const problems: string[] = [];
	const { shapes, adjacency } = sourceShapes(input.provinceGeometry, problems);
	const byIso = matchLabels(shapes, adjacency, labels, input, problems);

	for (const p of provinces) {
		if (!byIso.has(p.iso_3166_2))
			problems.push(
				`${p.iso_3166_2} (${p.name_en}) has no polygon in ${input.provinceGeometry.file}`
			);
	}
	for (const iso of byIso.keys()) {
		if (!provinces.some((p) => p.iso_3166_2 === iso))
			problems.push(`${input.labels.file}: ${iso} is not a province of ${input.provinces.file}`);
	}
	shapes.forEach((shape, i) =>
		problems.push(
			...geometryProblems(
				shape,
				`${input.provinceGeometry.file}, polygon #${i + 1} (${label(shape)})`
			)
		)
	);
	if (problems.length) throw new AtlasError(problems);

	const provinceFeatures: Feature<Polygon | MultiPolygon, ProvinceProperties>[] = provinces
		.map((p) => ({
			type: 'Feature' as const,
			id: p.iso_3166_2,
			properties: { name_fr: p.name_fr, name_en: p.name_en },
			geometry: shapes[byIso.get(p.iso_3166_2)!]!.geometry
		}))
		.sort((a, b) => a.id.localeCompare(b.id));
	// The labels of the source are not trusted: each known capital and place must fall in its province.
	const points = [
		...capitals.map((c) => ({
			name: c.capital,
			iso: c.province_iso,
			lon: c.lon,
			lat: c.lat,
			file: input.capitals.file
		})),
		...places.map((p) => ({
			name: p.name_en,
			iso: p.province_iso,
			lon: p.lon,
			lat: p.lat,
			file: input.places.file
		}))
	];
	checkPoints(provinceFeatures, points, problems, '');
	const neighbourFeatures = neighbourShapes(
		input.world,
		neighbourRows,
		input.neighbours.file,
		problems
	);
	if (problems.length) throw new AtlasError(problems);

	const collections = {
		provinces: { type: 'FeatureCollection', features: provinceFeatures },
		neighbours: { type: 'FeatureCollection', features: neighbourFeatures }
	} as unknown as Parameters<typeof topology>[0];
	const simplified = simplify(
		presimplify(topology(collections) as Topology<Objects>, sphericalTriangleArea),
		MIN_WEIGHT
	);
	const atlas = quantize(simplified as Topology<Objects>, QUANTIZATION) as unknown as AtlasTopology;
	const outline = merge(atlas, atlas.objects.provinces.geometries as Parameters<typeof merge>[1]);
	atlas.fit = unitBounds(outline);

	// Simplification moves borders: check the points again on what the page will draw.
	const drawn = feature(atlas, atlas.objects.provinces) as FeatureCollection<
		Polygon | MultiPolygon,
		ProvinceProperties
	>;
	checkPoints(drawn.features, points, problems, 'after simplification');
	if (problems.length) throw new AtlasError(problems);
	return atlas;
}

function label(shape: Shape): string {
	return `labelled "${shape.properties?.name ?? '?'}"`;
}

/** The source's polygons and, for each, the indices of the polygons it shares a border with. */
function sourceShapes(source: AtlasInput['provinceGeometry'], problems: string[]) {
	const objects = Object.values(source.topology.objects);
	const object = objects[0];
	if (objects.length !== 1 || object?.type !== 'GeometryCollection') {
		problems.push(`${source.file}: expected one GeometryCollection of provinces`);
		return { shapes: [] as Shape[], adjacency: [] as number[][] };
	}
	const shapes = (feature(source.topology, object) as FeatureCollection).features as Shape[];
	return { shapes, adjacency: neighbors(object.geometries as never) };
}

/**
 * Maps each province's ISO code to the index of its polygon. Labels with one polygon match
 * directly; a label several polygons share is resolved with the `borders AF-XXX` rules.
 */
function matchLabels(
	shapes: Shape[],
	adjacency: number[][],
	labels: ReturnType<typeof parseGeometryLabels>,
	input: AtlasInput,
	problems: string[]
): Map<string, number> {
	const byIso = new Map<string, number>();
	const assign = (iso: string, index: number) => {
		const taken = [...byIso].find(([, i]) => i === index)?.[0];
		if (byIso.has(iso))
			problems.push(`${iso} matches two polygons (#${byIso.get(iso)! + 1} and #${index + 1})`);
		else if (taken) problems.push(`polygon #${index + 1} matches both ${taken} and ${iso}`);
		else byIso.set(iso, index);
	};
	const groups = new Map<string, number[]>();
	shapes.forEach((shape, i) => {
		const name = shape.properties?.name ?? '';
		groups.set(name, [...(groups.get(name) ?? []), i]);
	});
	const ambiguous: [string, number[]][] = [];
	for (const [name, indices] of groups) {
		const rows = labels.filter((l) => l.geometry_label === name);
		if (rows.length === 0) {
			problems.push(
				`${input.provinceGeometry.file}: polygon${indices.length > 1 ? 's' : ''} #${indices.map((i) => i + 1).join(', #')} labelled "${name}" match${indices.length > 1 ? '' : 'es'} no row of ${input.labels.file}`
			);
		} else if (rows.length !== indices.length) {
			problems.push(
				`${input.provinceGeometry.file} has ${indices.length} polygon(s) labelled "${name}" but ${input.labels.file} has ${rows.length} row(s) for it`
			);
		} else if (rows.length === 1) assign(rows[0]!.province_iso, indices[0]!);
		else ambiguous.push([name, indices]);
	}
	for (const [name, indices] of ambiguous) {
		for (const row of labels.filter((l) => l.geometry_label === name)) {
			const neighbourIso = row.rule.replace('borders ', '');
			const neighbour = byIso.get(neighbourIso);
			const fits = indices.filter(
				(i) => neighbour !== undefined && adjacency[i]!.includes(neighbour)
			);
			if (!row.rule)
				problems.push(
					`${input.labels.file}: "${name}" labels several polygons, so its row for ${row.province_iso} needs a rule ("borders AF-XXX")`
				);
			else if (fits.length !== 1)
				problems.push(
					`${input.labels.file}: rule "${row.rule}" for ${row.province_iso} fits ${fits.length} of the polygons labelled "${name}", not exactly one`
				);
			else assign(row.province_iso, fits[0]!);
		}
	}
	return byIso;
}

/** Why a polygon cannot be drawn as a province, if it cannot. */
export function geometryProblems(shape: Shape, where: string): string[] {
	const g = shape.geometry;
	if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [`${where}: not a polygon`];
	const polygons: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const problems: string[] = [];
	for (const ring of polygons.flat()) {
		const first = ring[0];
		const last = ring[ring.length - 1];
		if (ring.length < 4)
			problems.push(`${where}: a ring has ${ring.length} points (at least 4 needed)`);
		else if (first![0] !== last![0] || first![1] !== last![1])
			problems.push(`${where}: a ring is not closed`);
		const outside = ring.find(
			([lon, lat]) =>
				!(
					lon! >= AFGHANISTAN_BOX.west &&
					lon! <= AFGHANISTAN_BOX.east &&
					lat! >= AFGHANISTAN_BOX.south &&
					lat! <= AFGHANISTAN_BOX.north
				)
		);
		if (outside) problems.push(`${where}: point ${outside.join(', ')} lies outside Afghanistan`);
	}
	if (problems.length) return problems;
	// d3-geo reads rings by their winding: a reversed ring covers the rest of the globe.
	const area = geoArea(shape);
	if (area > 0.01)
		problems.push(
			`${where}: wound the wrong way (it covers ${(area / (4 * Math.PI)).toFixed(2)} of the globe)`
		);
	else if (area === 0) problems.push(`${where}: has no area`);
	return problems;
}

interface CheckPoint {
	name: string;
	iso: string;
	lon: number;
	lat: number;
	file: string;
}

/** Each point must fall inside its own province, and in no other. */
export function checkPoints(
	features: Feature<Polygon | MultiPolygon>[],
	points: CheckPoint[],
	problems: string[],
	when: string
): void {
	const suffix = when ? ` (${when})` : '';
	for (const p of points) {
		const inside = features.filter((f) => geoContains(f, [p.lon, p.lat])).map((f) => String(f.id));
		if (!inside.includes(p.iso)) {
			problems.push(
				`${p.file}: ${p.name} (${p.lon}, ${p.lat}) should lie in ${p.iso} but lies in ${inside.join(', ') || 'no province'}${suffix}`
			);
		} else if (inside.length > 1) {
			problems.push(
				`${p.file}: ${p.name} lies in several provinces (${inside.join(', ')})${suffix}`
			);
		}
	}
}

/** The neighbouring countries, clipped to the widest view, with their French names. */
function neighbourShapes(
	world: AtlasInput['world'],
	rows: ReturnType<typeof parseNeighbours>,
	file: string,
	problems: string[]
): Feature<Polygon | MultiPolygon, NeighbourProperties>[] {
	const countries = world.topology.objects.countries;
	if (!countries || countries.type !== 'GeometryCollection') {
		problems.push(`${world.file}: no "countries" collection`);
		return [];
	}
	const all = (feature(world.topology, countries) as FeatureCollection<Polygon | MultiPolygon>)
		.features;
	return rows.flatMap((row) => {
		const country = all.find((f) => String(f.id) === row.iso_numeric);
		if (!country) {
			problems.push(`${file}: no country ${row.iso_numeric} (${row.name_en}) in ${world.file}`);
			return [];
		}
		const anchor: [number, number] = [row.label_lon, row.label_lat];
		if (!geoContains(country, anchor))
			problems.push(
				`${file}: the label anchor of ${row.name_en} (${anchor.join(', ')}) lies outside the country`
			);
		const clipped = bboxClip(country, NEIGHBOUR_CLIP);
		return [
			{
				type: 'Feature' as const,
				id: row.iso_numeric,
				properties: { name_fr: row.name_fr, name_en: row.name_en, label: anchor },
				geometry: clipped.geometry as Polygon | MultiPolygon
			}
		];
	});
}
