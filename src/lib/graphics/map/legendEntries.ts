import type { Words } from '$lib/i18n';
import type { MapState, ProvinceRole } from '$lib/story/types';

/** One line of a map's legend: its swatch (none for a plain note) and its words. */
export interface LegendEntry {
	kind: ProvinceRole | 'unnamed' | 'checkpoints' | 'response' | 'noCount';
	swatch: ProvinceRole | 'unnamed' | 'ring' | null;
	/** Set in bold before the text: the provinces the entry names. */
	names: string;
	text: string;
}

const ROLES: ProvinceRole[] = ['front', 'named', 'reported'];

/**
 * What a map's colours and marks mean at a step, in words, in the legend's order: one entry per
 * highlight role (with the provinces' names), the provinces nobody named, the notes. The page's
 * legend (MapLegend, HTML) and the figures' key (MapKey, SVG) both show these.
 */
export function legendEntries(
	map: MapState,
	provinceNames: Record<string, string>,
	w: Words
): LegendEntry[] {
	const entries: LegendEntry[] = ROLES.map((role) => ({
		role,
		names: map.highlights.filter((h) => h.role === role).map((h) => provinceNames[h.iso] ?? h.iso)
	}))
		.filter((r) => r.names.length > 0)
		.map((r) => ({
			kind: r.role,
			swatch: r.role,
			names: r.names.join(', '),
			text: `${w.map.colon}${w.map.roles[r.role]}`
		}));
	if (map.unnamed)
		entries.push({
			kind: 'unnamed',
			swatch: 'unnamed',
			names: '',
			text: w.map.unnamed(map.unnamed)
		});
	const notes = map.annotations ?? [];
	if (notes.includes('checkpoints'))
		entries.push({ kind: 'checkpoints', swatch: 'ring', names: '', text: w.map.checkpoints });
	if (notes.includes('response'))
		entries.push({ kind: 'response', swatch: null, names: '', text: w.map.response });
	if (notes.includes('noCount'))
		entries.push({ kind: 'noCount', swatch: null, names: '', text: w.map.noCount });
	return entries;
}
