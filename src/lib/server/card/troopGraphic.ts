import { max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { TroopChartData } from '$lib/data/chartData';
import { parseIsoDate } from '$lib/format/fr';
import type { Words } from '$lib/i18n';
import { SOLDIERS_PER_MARK } from '$lib/graphics/troops/scene';
import type { TroopsState } from '$lib/story/types';
import { palettes } from '$lib/graphics/palette';
import { fonts } from './fonts';
import { textBlock, wrapLines, xml } from '../render/svgText';
/** Cards and figures are drawn in the light theme. */
const palette = palettes.light;

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A grid of unit marks, `count` marks of which the first `highlighted` are US troops. */
function unitGrid(
	box: Box,
	count: number,
	highlighted: number,
	columns: number,
	dashed: boolean
): string {
	const cell = Math.min(box.width / columns, (box.height - 60) / Math.ceil(count / columns));
	const size = cell * 0.78;
	return Array.from({ length: count }, (_, i) => {
		const x = box.x + (i % columns) * cell;
		const y = box.y + Math.floor(i / columns) * cell;
		const fill = i < highlighted ? palette.troops : palette.ally;
		return dashed
			? `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="none" stroke="${fill}" stroke-width="2" stroke-dasharray="4 3"/>`
			: `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="${fill}"/>`;
	}).join('');
}

function note(text: string, box: Box): string {
	const lines = wrapLines(text, box.width, 22, 'sans', 2);
	return textBlock(
		lines,
		box.x,
		box.y + box.height - 30 * (lines.length - 1) - 4,
		28,
		`font-family="${fonts.sans}" font-size="22" fill="${palette.muted}"`
	);
}

/** The troop chart of a state, drawn for a share card. */
export function troopGraphic(state: TroopsState, data: TroopChartData, box: Box, w: Words): string {
	const us = data.nato.us / SOLDIERS_PER_MARK;
	if (state.chart === 'units')
		return (
			unitGrid(box, us, us, 10, false) + note(w.card.unitsNote(w.count(SOLDIERS_PER_MARK)), box)
		);
	if (state.chart === 'calendar')
		return unitGrid(box, us, us, 10, true) + note(w.card.calendarNote(w.count(data.nato.us)), box);
	if (state.chart === 'nato') {
		const total = Math.round(data.nato.total / SOLDIERS_PER_MARK);
		return (
			unitGrid(box, total, us, 20, false) +
			note(w.card.natoNote(w.count(data.nato.total), w.count(data.nato.us)), box)
		);
	}
	return lineChart(state, data, box, w);
}

function lineChart(state: TroopsState, data: TroopChartData, box: Box, w: Words): string {
	const [from, to] = state.window.map(parseIsoDate) as [Date, Date];
	const points = data.reported.filter((p) => {
		const d = parseIsoDate(p.date);
		return d >= from && d <= to;
	});
	const plot = {
		left: box.x + 70,
		right: box.x + box.width - 10,
		top: box.y + 20,
		bottom: box.y + box.height - 70
	};
	const x = scaleUtc().domain([from, to]).range([plot.left, plot.right]);
	const y = scaleLinear()
		.domain([0, max(points, (p) => p.value) ?? 1])
		.nice(4)
		.range([plot.bottom, plot.top]);
	const px = (p: { date: string }) => x(parseIsoDate(p.date));
	const py = (p: { value: number }) => y(p.value);
	const ticks = y
		.ticks(4)
		.map(
			(t) =>
				`<line x1="${plot.left}" x2="${plot.right}" y1="${y(t)}" y2="${y(t)}" stroke="${palette.rule}"/>` +
				`<text x="${plot.left - 10}" y="${y(t) + 7}" text-anchor="end" font-family="${fonts.sans}" font-size="20" fill="${palette.muted}">${xml(w.count(t))}</text>`
		)
		.join('');
	const years = x
		.ticks(4)
		.map(
			(d) =>
				`<text x="${x(d)}" y="${plot.bottom + 30}" text-anchor="middle" font-family="${fonts.sans}" font-size="20" fill="${palette.muted}">${d.getUTCFullYear()}</text>`
		)
		.join('');
	const marker = (iso: string | undefined, colour: string) => {
		if (!iso) return '';
		const mx = x(parseIsoDate(iso));
		return `<line x1="${mx}" x2="${mx}" y1="${plot.top}" y2="${plot.bottom}" stroke="${colour}" stroke-width="3" stroke-dasharray="8 6"/>`;
	};
	const filled = area<(typeof points)[number]>().x(px).y0(plot.bottom).y1(py)(points) ?? '';
	const drawn = line<(typeof points)[number]>().x(px).y(py)(points) ?? '';
	return (
		// Scale values, not figures: the site's sourcing check skips `axes`.
		`<g class="axes">${ticks}${years}</g>` +
		`<path d="${filled}" fill="${palette.troops}" fill-opacity="0.15"/>` +
		`<path d="${drawn}" fill="none" stroke="${palette.troops}" stroke-width="4"/>` +
		marker(state.formerDeadline, palette.ally) +
		marker(state.deadline, palette.attack)
	);
}
