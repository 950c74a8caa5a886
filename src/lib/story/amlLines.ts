/** Where things stand in an ArchieML file, so validation errors can name a line. */
export interface AmlLines {
	/** Line of each top-level `key:`. */
	keys: Map<string, number>;
	/** Line where each `[section]` opens. */
	sections: Map<string, number>;
	/** For each `[section]`, its items: the line of each field of each item. */
	items: Map<string, Map<string, number>[]>;
}

const KEY = /^\s*([A-Za-z0-9_.-]+)\s*:/;
const SECTION = /^\s*\[\s*([^\]]*?)\s*\]\s*$/;

/**
 * Maps keys, sections and array items to 1-based line numbers, following ArchieML's rule
 * that a new item starts when a key repeats within the current one. Reports structural
 * problems ArchieML itself would silently accept.
 */
export function scanAml(text: string): {
	lines: AmlLines;
	problems: { line: number; reason: string }[];
} {
	const lines: AmlLines = { keys: new Map(), sections: new Map(), items: new Map() };
	const problems: { line: number; reason: string }[] = [];
	let section: string | null = null;
	let sectionLine = 0;
	let skipping = false;

	text.split(/\r?\n/).forEach((raw, i) => {
		const line = i + 1;
		if (/^\s*:skip\s*$/i.test(raw)) skipping = true;
		if (/^\s*:endskip\s*$/i.test(raw)) skipping = false;
		if (skipping) return;
		const sectionMatch = SECTION.exec(raw);
		if (sectionMatch) {
			const name = sectionMatch[1]!;
			if (name === '') {
				if (section === null)
					problems.push({ line, reason: '`[]` closes a list that was never opened' });
				section = null;
			} else {
				if (section !== null)
					problems.push({
						line,
						reason: `[${name}] opens before [${section}] (line ${sectionLine}) is closed with []`
					});
				section = name.replace(/^[+.]/, '');
				sectionLine = line;
				lines.sections.set(section, line);
				lines.items.set(section, []);
			}
			return;
		}
		const keyMatch = KEY.exec(raw);
		if (!keyMatch) return;
		const key = keyMatch[1]!;
		if (section === null) {
			lines.keys.set(key, line);
			return;
		}
		const items = lines.items.get(section)!;
		let current = items.at(-1);
		if (!current || current.has(key)) {
			current = new Map();
			items.push(current);
		}
		current.set(key, line);
	});
	if (section !== null)
		problems.push({ line: sectionLine, reason: `[${section}] is never closed with []` });
	return { lines, problems };
}
