import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Face } from '$lib/server/render/cardFonts';
import { textWidth } from '$lib/server/render/textWidth';

/** A label's box in the SVG's coordinates, px: its width measured in the card fonts, its height
 * from its size. */
export interface LabelBox {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The card font a text is set in, from its family and weight (the nearest weight there is). */
const faceOf = (family: string, weight: string): Face =>
	/serif/i.test(family.replace(/sans-serif/gi, ''))
		? Number(weight) >= 500 || weight === 'bold'
			? 'serifBold'
			: 'serif'
		: Number(weight) >= 500 || weight === 'bold'
			? 'sansSemiBold'
			: 'sans';

/**
 * The declarations of the graphics' scoped rules (`.class.svelte-x`, `text.svelte-x`), keyed
 * `class svelte-x` and `text svelte-x`: a rule applies to the elements of its own component.
 */
function scopedRules(svg: string): Map<string, Record<string, string>> {
	const rules = new Map<string, Record<string, string>>();
	const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
	for (const [, selectors, body] of style.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
		const declarations = Object.fromEntries(
			body!
				.split(';')
				.map((d) => d.split(':').map((s) => s.trim()))
				.filter((d) => d.length === 2 && d[0])
		) as Record<string, string>;
		for (const selector of selectors!.split(',')) {
			const last = selector.trim().split(/\s+/).at(-1)!;
			const match = /^(text)?((?:\.[\w-]+)*)\.(svelte-\w+)$/.exec(last);
			if (!match) continue;
			const classes = match[2]!.split('.').filter(Boolean);
			const key = classes.length ? `${classes.join('.')} ${match[3]}` : `text ${match[3]}`;
			if (classes.length <= 1) rules.set(key, { ...rules.get(key), ...declarations });
		}
	}
	return rules;
}

/**
 * Every <text>'s box: its position (through `translate()`s, `scale()`s and nested `<svg x y>`), its font,
 * size, letter spacing and anchor from its attributes or its classes' rules, its width measured
 * in the card fonts (`textWidth`). Lines set in <tspan dy> count one each.
 */
export function labelBoxes(svg: string): LabelBox[] {
	const rules = scopedRules(svg);
	const doc = parseDocument(svg, { xmlMode: true });
	const boxes: LabelBox[] = [];
	const styleOf = (el: Element, name: string, fallback: string) => {
		if (el.attribs[name]) return el.attribs[name]!;
		const classes = (el.attribs.class ?? '').split(/\s+/);
		const scope = classes.find((c) => c.startsWith('svelte-'));
		let value = rules.get(`text ${scope}`)?.[name] ?? fallback;
		for (const cls of classes) value = rules.get(`${cls} ${scope}`)?.[name] ?? value;
		return value;
	};
	// A point (x, y) of an element is at (dx + k·x, dy + k·y) in the SVG.
	const walk = (node: ChildNode, dx: number, dy: number, k: number) => {
		if (node.type !== 'tag') return;
		const el = node as Element;
		const transform = el.attribs.transform ?? '';
		const translate = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(transform);
		if (translate) {
			dx += k * Number(translate[1]);
			dy += k * Number(translate[2]);
		}
		const scale = /scale\(([\d.]+)\)/.exec(transform);
		if (scale) k *= Number(scale[1]);
		if (el.name === 'svg' && el.parent?.type === 'tag') {
			dx += k * Number(el.attribs.x ?? 0);
			dy += k * Number(el.attribs.y ?? 0);
		}
		if (el.name !== 'text') return el.children.forEach((c) => walk(c, dx, dy, k));
		const size = parseFloat(styleOf(el, 'font-size', '16'));
		const face = faceOf(styleOf(el, 'font-family', 'sans'), styleOf(el, 'font-weight', '400'));
		const spacing = parseFloat(styleOf(el, 'letter-spacing', '0')) || 0;
		const anchor = styleOf(el, 'text-anchor', 'start');
		const em = (v: string | undefined) =>
			v?.endsWith('em') ? parseFloat(v) * size : Number(v ?? 0) || 0;
		const spans = el.children.filter((c): c is Element => c.type === 'tag' && c.name === 'tspan');
		const lines = spans.length
			? spans.map((s) => ({ el: s, text: textOf(s) }))
			: [{ el, text: textOf(el) }];
		let y = Number(el.attribs.y ?? 0) + em(el.attribs.dy);
		for (const [i, line] of lines.entries()) {
			if (i > 0 || line.el !== el) {
				if (line.el.attribs.y) y = Number(line.el.attribs.y);
				y += line.el === el ? 0 : em(line.el.attribs.dy);
			}
			const x = Number(line.el.attribs.x ?? el.attribs.x ?? 0);
			const width = textWidth(line.text, size, face, spacing);
			const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
			boxes.push({
				text: line.text,
				left: dx + k * left,
				right: dx + k * (left + width),
				top: dy + k * (y - size * 0.75),
				bottom: dy + k * (y + size * 0.25)
			});
		}
	};
	doc.children.forEach((c) => walk(c, 0, 0, 1));
	return boxes.filter((b) => b.text.trim());
}

const textOf = (node: ChildNode): string =>
	node.type === 'text'
		? (node as unknown as { data: string }).data
		: 'children' in node
			? (node.children as ChildNode[]).map(textOf).join('')
			: '';
