import { describe, expect, it } from 'vitest';
import { wordsFor } from '$lib/i18n/editions';
import { legendEntries } from '$lib/graphics/map/legendEntries';
import { keyLayout } from '$lib/graphics/map/mapKey';
import { storyIn } from '$lib/server/load/story';
import { mapData } from '$lib/server/load/mapData';
import type { MapState } from '$lib/story/types';

describe.each(['fr', 'en'] as const)('the %s map legends', (lang) => {
	const w = wordsFor(lang);
	const names = mapData(lang).provinceNames;
	const maps = storyIn(lang)
		.steps.filter((s) => s.state.view === 'map')
		.map((s) => ({ slug: s.slug, map: s.state as MapState }));

	it.each(maps)(
		'$slug: one entry per role shown, naming its provinces, then the notes',
		({ map }) => {
			const copy = structuredClone(map);
			const entries = legendEntries(map, names, w);
			const roles = entries
				.map((e) => e.kind)
				.filter((k) => k === 'front' || k === 'named' || k === 'reported');
			expect(roles).toEqual(
				(['front', 'named', 'reported'] as const).filter((r) =>
					map.highlights.some((h) => h.role === r)
				)
			);
			for (const entry of entries.filter((e) => (roles as string[]).includes(e.kind)))
				for (const h of map.highlights.filter((h) => h.role === entry.kind))
					expect(entry.names).toContain(names[h.iso]);
			expect(entries.some((e) => e.kind === 'unnamed')).toBe(!!map.unnamed);
			expect(map).toEqual(copy);
		}
	);

	it.each(maps)('$slug: the SVG key sets every word of the entries, in order', ({ map }) => {
		const entries = legendEntries(map, names, w);
		const layout = keyLayout(entries, 500, 10);
		for (const [i, laid] of layout.entries.entries())
			expect(laid.lines.map((l) => l.text).join(' ')).toBe(
				`${entries[i]!.names}${entries[i]!.text}`.replace(/[ \t\n]+/g, ' ')
			);
		// Names are bold, and only they.
		for (const laid of layout.entries)
			expect(
				laid.lines
					.map((l) => l.text.slice(0, l.bold))
					.join(' ')
					.trim()
			).toBe(laid.entry.names);
	});
});
