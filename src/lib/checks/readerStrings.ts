/**
 * Every string a reader of a built page or SVG sees: text, alternative texts, ARIA labels,
 * titles and the preview tags, each with its language (a quoted English title on a French page
 * has `lang="en"`) and whether its numbers are figures (not in a chart's axis or a citation).
 */

export interface ReaderString {
	text: string;
	lang: string;
	/** False for an axis's tick labels and a source list's entries: numbers there are no figures. */
	figures: boolean;
}

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
/** Never shown as text: code, scripts, the embed snippet. */
const HIDDEN = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template']);
/** Elements inside a line of text: a string runs across them. */
const INLINE = new Set(
	'a abbr b cite em i q s small span strong sub sup time tspan u mark'.split(' ')
);
const READ_ATTRIBUTES = ['alt', 'aria-label', 'title', 'placeholder'];
const PREVIEW_META =
	/^(description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)$/;

interface Open {
	tag: string;
	lang: string;
	hidden: boolean;
	figures: boolean;
	/** Inside the « Sources et méthode » section. */
	sources: boolean;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
};

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, code: string) => {
		if (code[0] === '#')
			return String.fromCodePoint(
				code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1))
			);
		return ENTITIES[code] ?? m;
	});
}

function attributes(source: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const m of source.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
		found.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	return found;
}

/** The strings of an HTML page or an SVG document, in document order. */
export function readerStrings(markup: string, defaultLang: string): ReaderString[] {
	const out: ReaderString[] = [];
	const stack: Open[] = [
		{ tag: '#root', lang: defaultLang, hidden: false, figures: true, sources: false }
	];
	let buffer = '';
	let bufferOwner: Open | null = null;
	const top = () => stack[stack.length - 1]!;
	const flush = () => {
		// Only ASCII white space: a no-break space at an edge is part of the typography checked.
		const text = buffer.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
		if (text && bufferOwner)
			out.push({ text, lang: bufferOwner.lang, figures: bufferOwner.figures });
		buffer = '';
		bufferOwner = null;
	};
	const tokens =
		/<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\?[\s\S]*?\?>|<\/([\w:-]+)\s*>|<([\w:-]+)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)/gi;
	for (const m of markup.matchAll(tokens)) {
		const [, cdata, closing, opening, attrSource, text] = m;
		if (text !== undefined || cdata !== undefined) {
			const open = top();
			if (open.hidden) continue;
			if (bufferOwner && bufferOwner.lang !== open.lang) flush();
			bufferOwner ??= open;
			buffer += text !== undefined ? decodeEntities(text) : cdata;
		} else if (closing) {
			const tag = closing.toLowerCase();
			if (!INLINE.has(tag) || top().lang !== stack[stack.length - 2]?.lang) flush();
			const at = stack.findLastIndex((o) => o.tag === tag);
			if (at > 0) stack.length = at;
		} else if (opening) {
			const tag = opening.toLowerCase();
			const attrs = attributes(attrSource ?? '');
			const parent = top();
			const classes = (attrs.get('class') ?? '').split(/\s+/);
			const open: Open = {
				tag,
				lang: attrs.get('lang') || attrs.get('xml:lang') || parent.lang,
				hidden: parent.hidden || HIDDEN.has(tag),
				figures: parent.figures && !classes.includes('axes') && !(tag === 'ol' && parent.sources),
				sources: parent.sources || (tag === 'section' && classes.includes('sources'))
			};
			if (!INLINE.has(tag) || open.lang !== parent.lang) flush();
			// An SVG text's lines are tspans placed apart: they read as separate words.
			else if (tag === 'tspan' && buffer && !/\s$/.test(buffer)) buffer += ' ';
			if (!open.hidden) {
				for (const name of READ_ATTRIBUTES) {
					const value = attrs.get(name)?.trim();
					if (value) out.push({ text: value, lang: open.lang, figures: open.figures });
				}
				if (tag === 'meta' && PREVIEW_META.test(attrs.get('name') ?? attrs.get('property') ?? ''))
					out.push({ text: attrs.get('content') ?? '', lang: open.lang, figures: true });
			}
			const selfClosing = /\/\s*$/.test(attrSource ?? '');
			if (!VOID.has(tag) && !selfClosing) stack.push(open);
		}
	}
	flush();
	return out.filter((s) => s.text);
}
