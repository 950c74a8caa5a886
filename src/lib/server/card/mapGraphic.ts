import { geoPath } from 'd3-geo';
import type { Atlas, MapPlace } from '$lib/data/atlas';
import { baseProjection, focusView, zoomTransform } from '$lib/graphics/map/projection';
import type { MapState } from '$lib/story/types';
import { palettes } from '$lib/graphics/palette';
import { fonts } from './fonts';
import type { Box } from './troopGraphic';
import { xml } from '../render/svgText';
/** Cards and figures are drawn in the light theme. */
const palette = palettes.light;

const ROLE_STYLE = {
	front: `fill="${palette.attack}" stroke="${palette.attack}" stroke-width="1"`,
	named: `fill="${palette.attackTint}" stroke="${palette.attack}" stroke-width="3"`,
	reported: `fill="none" stroke="${palette.attack}" stroke-width="3" stroke-dasharray="7 5"`
} as const;

/** The map of a state, framed like the page frames it, drawn for a share card. */
export function mapGraphic(state: MapState, atlas: Atlas, places: MapPlace[], box: Box): string {
	const size = { width: box.width, height: box.height };
	const base = baseProjection(atlas, size.width);
	const zoom = zoomTransform(focusView(state.focus, atlas, base, size), size);
	// Fold the zoom into a projection of its own (focusView remembers bounds by projection, so
	// `base` stays as it is), so strokes keep their width (no transform to scale them).
	const [tx, ty] = base.translate();
	const projection = baseProjection(atlas, size.width)
		.scale(base.scale() * zoom.k)
		.translate([tx * zoom.k + zoom.x + box.x, ty * zoom.k + zoom.y + box.y]);
	const path = geoPath(projection);
	const clip = `<clipPath id="map-clip"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/></clipPath>`;
	const neighbours = atlas.neighbours
		.map(
			(n) =>
				`<path d="${path(n)}" fill="${palette.mapNeighbour}" stroke="${palette.mapNeighbourEdge}"/>`
		)
		.join('');
	const provinces = atlas.provinces
		.map((p) => `<path d="${path(p)}" fill="${palette.mapLand}"/>`)
		.join('');
	const highlights = state.highlights
		.map((h) => {
			const province = atlas.provinces.find((p) => p.id === h.iso);
			return province ? `<path d="${path(province)}" ${ROLE_STYLE[h.role]}/>` : '';
		})
		.join('');
	const towns = state.places
		.flatMap((key) => {
			const place = places.find((p) => p.key === key);
			const at = place && projection([place.lon, place.lat]);
			if (!place || !at) return [];
			const ringed = key === 'Lashkar Gah' && state.annotations?.includes('checkpoints');
			// Lashkar Gah's name goes left of it (Kandahar's is to its east), unless it would leave
			// the frame (24 px semibold: about 0.55 em a character).
			const gap0 = ringed ? 50 : 12;
			const left =
				key === 'Lashkar Gah' && at[0] - gap0 - place.name.length * 24 * 0.55 >= box.x + 4;
			const ring = ringed
				? `<circle cx="${at[0]}" cy="${at[1]}" r="40" fill="none" stroke="${palette.mapHalo}" stroke-width="9"/><circle cx="${at[0]}" cy="${at[1]}" r="40" fill="none" stroke="${palette.ink}" stroke-width="4" stroke-dasharray="9 7"/>`
				: '';
			const gap = gap0;
			return [
				ring +
					`<circle cx="${at[0]}" cy="${at[1]}" r="6" fill="${palette.ink}" stroke="${palette.mapHalo}" stroke-width="2"/>` +
					`<text x="${at[0] + (left ? -gap : gap)}" y="${at[1] + 8}" text-anchor="${left ? 'end' : 'start'}" font-family="${fonts.sans}" font-weight="600" font-size="24" fill="${palette.ink}" stroke="${palette.mapHalo}" stroke-width="5" stroke-linejoin="round" paint-order="stroke">${xml(place.name)}</text>`
			];
		})
		.join('');
	return (
		`<defs>${clip}</defs><g clip-path="url(#map-clip)">` +
		`<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${palette.mapNeighbour}"/>` +
		neighbours +
		provinces +
		`<path d="${path(atlas.borders)}" fill="none" stroke="${palette.mapBorder}" stroke-width="1"/>` +
		highlights +
		`<path d="${path(atlas.outline)}" fill="none" stroke="${palette.ink}" stroke-width="2"/>` +
		towns +
		`</g>`
	);
}
