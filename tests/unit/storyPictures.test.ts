import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yMax } from '$lib/graphics/troops/scene';
import { serverAtlas } from '$lib/server/load/atlas';
import { graphicInput } from '$lib/server/render/images';
import { mapSources } from '$lib/server/load/mapData';
import { mapFrames, storyStates } from '$lib/story/steps';
import type { GraphicState, MapState, TroopsState } from '$lib/story/types';

/** steps.ts declares every step's picture; the graphics draw what it declares and nothing else. */

const steps = storyStates as readonly { slug: string; state: GraphicState }[];
const troopSteps = steps.flatMap(({ slug, state }) =>
	state.view === 'troops' ? [{ slug, state: state as TroopsState }] : []
);
const mapSteps = steps.flatMap(({ slug, state }) =>
	state.view === 'map' ? [{ slug, state: state as MapState }] : []
);
const data = graphicInput('fr').troops;
const LINE_CHARTS = ['history', 'drawdown', 'deadline'];

describe('every step declares its picture', () => {
	it('has troop and map steps to check', () => {
		expect(troopSteps.length).toBeGreaterThan(0);
		expect(mapSteps.length).toBeGreaterThan(0);
	});

	it.each(troopSteps)('$slug: a line chart declares its notes, a unit view none', ({ state }) => {
		const groups = Object.keys(state.notes ?? {});
		if (LINE_CHARTS.includes(state.chart)) expect(groups.length).toBeGreaterThan(0);
		else expect(groups).toEqual([]);
	});

	it.each(mapSteps)(
		'$slug: the ring goes with the checkpoints, round a named place',
		({ state }) => {
			const checkpoints = state.annotations?.includes('checkpoints') ?? false;
			expect(state.ringAround !== undefined, 'ringAround set iff checkpoints annotated').toBe(
				checkpoints
			);
			if (state.ringAround) expect(state.places).toContain(state.ringAround);
		}
	);

	it.each(mapSteps)('$slug: a name set left is a place the step names', ({ state }) => {
		for (const name of state.labelsLeft ?? []) expect(state.places).toContain(name);
	});

	it.each(mapSteps)('$slug: a province named at every zoom is one it highlights', ({ state }) => {
		const highlighted = state.highlights.map((h) => h.iso);
		for (const iso of state.provincesNamed ?? []) expect(highlighted).toContain(iso);
	});
});

describe('every place named exists in the map data', () => {
	const towns = new Set(mapSources.places.map((p) => p.name_en));
	const isoCodes = new Set(mapSources.provinces.map((p) => p.iso_3166_2));
	const drawn = new Set(serverAtlas.provinces.map((p) => p.id));

	const placeNames = mapSteps.flatMap(({ slug, state }) =>
		[
			...new Set([
				...state.places,
				...(state.labelsLeft ?? []),
				...(state.ringAround ? [state.ringAround] : [])
			])
		].map((name) => ({ slug, name }))
	);
	it.each(placeNames)('$slug names $name, a town of places.csv', ({ name }) => {
		expect(towns.has(name)).toBe(true);
	});

	const provinces = [
		...mapSteps.flatMap(({ slug, state }) =>
			state.highlights.map((h) => ({ where: `${slug} highlights`, iso: h.iso }))
		),
		...Object.entries(mapFrames).flatMap(([focus, frame]) =>
			frame.fit === 'all' ? [] : frame.fit.map((iso) => ({ where: `the ${focus} frame`, iso }))
		)
	];
	it.each(provinces)('$where: $iso is a province of provinces.csv and of the atlas', ({ iso }) => {
		expect(isoCodes.has(iso)).toBe(true);
		expect(drawn.has(iso)).toBe(true);
	});

	it('checks some places and provinces', () => {
		expect(placeNames.length).toBeGreaterThan(0);
		expect(provinces.length).toBeGreaterThan(0);
	});
});

describe('every annotation is a value of the data', () => {
	const dated = (points: readonly { date: string }[]) => new Set(points.map((p) => p.date));
	const cases = troopSteps.flatMap(({ slug, state }) => [
		...(state.notes?.drawdown?.levels ?? []).map((date) => ({
			slug,
			what: 'level written',
			date,
			among: 'reported figures',
			dates: dated(data.reported)
		})),
		...(state.notes?.history ? [state.notes.history.peak] : []).map((date) => ({
			slug,
			what: 'peak written',
			date,
			among: 'peak estimates',
			dates: dated(data.peakEstimates)
		})),
		// The calendar runs to an announced target: its window's end.
		...[
			state.deadline,
			state.formerDeadline,
			state.chart === 'calendar' ? state.window[1] : undefined
		].flatMap((date) =>
			date
				? [{ slug, what: 'deadline', date, among: 'announced targets', dates: dated(data.targets) }]
				: []
		)
	]);

	it('checks some annotations', () => expect(cases.length).toBeGreaterThan(3));

	it.each(cases)('$slug: the $what on $date is one of the $among', ({ date, dates }) => {
		expect([...dates]).toContain(date);
	});

	it.each(troopSteps.filter((s) => s.state.notes?.history))(
		'$slug: the combat mission’s note sits inside the chart, its words under the rule’s top',
		({ state }) => {
			const { top, textAt } = state.notes!.history!.combatEnd;
			expect(textAt).toBeGreaterThan(0);
			expect(textAt).toBeLessThan(top);
			expect(top).toBeLessThan(yMax(data, ...state.window));
		}
	);
});

describe('no graphic component writes a figure, a date or a place', () => {
	const files = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
		);
	const graphics = files('src/lib/graphics').filter((f) => /\.(svelte|ts)$/.test(f));
	/** Code and markup only: comments (which may name what a part is for) and CSS left out. */
	const code = (text: string) =>
		text
			.replace(/<style[\s\S]*?<\/style>/g, '')
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/\/\*[\s\S]*?\*\//g, '')
			.replace(/(^|[^:])\/\/.*$/gm, '$1');

	const names = [
		...mapSources.places.flatMap((p) => [p.name_en, p.name_fr]),
		...mapSources.provinces.flatMap((p) => [p.name_en, p.name_fr]),
		...serverAtlas.neighbours.flatMap((n) => [n.properties.name_en, n.properties.name_fr])
	];
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const RULES: { rule: string; pattern: RegExp; files: RegExp; caught: string }[] = [
		{
			rule: 'an ISO date',
			pattern: /\b\d{4}-\d{2}(-\d{2})?\b/,
			files: /\.(svelte|ts)$/,
			caught: "day('2021-05-01')"
		},
		{
			rule: 'a year',
			pattern: /(?<![\w.#-])(19[5-9]\d|20[0-4]\d)(?![\w.])/,
			files: /\.(svelte|ts)$/,
			caught: '<text>2021</text>'
		},
		{
			rule: 'a province code',
			pattern: /\bAF-[A-Z]{3}\b/,
			files: /\.(svelte|ts)$/,
			caught: "fit: ['AF-HEL']"
		},
		{
			rule: 'a place name',
			pattern: new RegExp(`\\b(${[...new Set(names)].map(escape).join('|')})\\b`),
			files: /\.(svelte|ts)$/,
			caught: "p.key === 'Lashkar Gah'"
		},
		{
			rule: 'a figure',
			pattern: /(?<![\w.#])(\d{1,3}(_\d{3})+|[1-9]\d{3,})(?![\w.])/,
			files: /\.svelte$/,
			caught: 'scales.y(13_000)'
		}
	];

	it('reads the graphics’ components and modules', () => {
		expect(graphics.filter((f) => f.endsWith('.svelte')).length).toBeGreaterThan(20);
		for (const file of graphics) expect(code(readFileSync(file, 'utf8')).trim()).not.toBe('');
	});

	it.each(RULES)('the rule for $rule catches $caught', ({ pattern, caught }) => {
		expect(code(caught)).toMatch(pattern);
	});

	it.each(RULES)('no graphics file writes $rule', ({ pattern, files: which }) => {
		const found = graphics
			.filter((file) => which.test(file))
			.flatMap((file) =>
				code(readFileSync(file, 'utf8'))
					.split('\n')
					.flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
			);
		expect(found).toEqual([]);
	});
});
