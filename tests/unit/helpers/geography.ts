import { readFileSync } from 'node:fs';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { AtlasTopology, NeighbourProperties, ProvinceProperties } from '$data/map/atlas';

/** The committed topology (`npm run data`), the source the plate is projected from. */
export const topology = JSON.parse(
	readFileSync('data/map/afghanistan.topo.json', 'utf8')
) as AtlasTopology;

type Shape<P> = Feature<Polygon | MultiPolygon, P> & { id: string };

/** The map data in longitudes and latitudes, decoded as topojson decodes it: to check the plate. */
export const geography = {
	provinces: feature(topology, topology.objects.provinces).features as Shape<ProvinceProperties>[],
	neighbours: feature(topology, topology.objects.neighbours)
		.features as Shape<NeighbourProperties>[],
	outline: merge(
		topology,
		topology.objects.provinces.geometries as Parameters<typeof merge>[1]
	) as MultiPolygon,
	borders: mesh(topology, topology.objects.provinces, (a, b) => a !== b) as MultiLineString,
	fit: topology.fit
};
