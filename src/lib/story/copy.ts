import archieml from 'archieml';
import * as v from 'valibot';
import { frenchTypography } from '$lib/format/typography';
import { scanAml, type AmlLines } from './amlLines';
import { SourceFileError } from '$lib/sourceFileError';
import type { Copy } from './types';

/** A step card holds at most this many words (the design is built for it). */
export const MAX_STEP_WORDS = 70;

const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
const isoDate = v.pipe(text, v.isoDate('must be a date written YYYY-MM-DD'));
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const StepSchema = v.strictObject({
	slug: v.pipe(
		text,
		v.regex(
			/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
			'must be lowercase letters, digits and hyphens (URL-safe)'
		)
	),
	caption: text,
	text: v.pipe(
		text,
		v.check(
			(s) => wordCount(s) <= MAX_STEP_WORDS,
			(issue) => `has ${wordCount(issue.input as string)} words, more than ${MAX_STEP_WORDS}`
		)
	),
	alt: text
});

const SourceSchema = v.strictObject({
	publisher: text,
	title: text,
	date: v.union([v.literal(''), isoDate], 'must be a date written YYYY-MM-DD, or empty'),
	url: v.pipe(text, v.url('must be a full URL'), v.startsWith('http', 'must be an http(s) URL'))
});

const CopySchema = v.strictObject({
	headline: text,
	dek: text,
	kicker: text,
	published: isoDate,
	byline: text,
	steps: v.pipe(v.array(StepSchema, 'must be a list: [steps] … []'), v.minLength(1, 'is empty')),
	method: v.pipe(v.array(text, 'must be a list of * paragraphs'), v.minLength(1, 'is empty')),
	sources: v.pipe(
		v.array(SourceSchema, 'must be a list: [sources] … []'),
		v.minLength(1, 'is empty')
	)
});

/** Finds the line an issue path points to (a top-level key, a list, or a field of a list item). */
function lineOf(lines: AmlLines, path: readonly (string | number)[]): number {
	const [head, index, field] = path;
	if (typeof head !== 'string') return 1;
	const items = lines.items.get(head);
	if (items && typeof index === 'number') {
		const item = items[index];
		if (item) return (typeof field === 'string' && item.get(field)) || [...item.values()][0] || 1;
	}
	return lines.keys.get(head) ?? lines.sections.get(head) ?? 1;
}

function describe(path: readonly (string | number)[]): string {
	const [head, index, field] = path;
	if (typeof index === 'number') {
		const what = head === 'steps' ? 'step' : head === 'sources' ? 'source' : 'item';
		return `${what} ${index + 1}${field !== undefined ? ` \`${field}\`` : ''}`;
	}
	return `\`${String(head ?? 'document')}\``;
}

/**
 * Parses and validates an ArchieML copy file against the story's slugs (in order).
 * Throws a `SourceFileError` naming the file, the line and the reason on the first problem.
 * Returns the copy with the language's typography applied (`typography`: French by default).
 */
export function parseCopy(
	source: string,
	file: string,
	expectedSlugs: readonly string[],
	typography: (text: string) => string = frenchTypography
): Copy {
	const { lines, problems } = scanAml(source);
	const first = problems[0];
	if (first) throw new SourceFileError(file, first.line, first.reason);

	const result = v.safeParse(CopySchema, archieml.load(source));
	if (!result.success) {
		// An unknown field is most often a typo of a missing one: report it first.
		const isUnknownField = (i: v.BaseIssue<unknown>) =>
			i.type === 'strict_object' && i.expected === 'never';
		const issue = result.issues.find(isUnknownField) ?? result.issues[0];
		const path = (issue.path ?? []).map((p) => p.key as string | number);
		if (isUnknownField(issue)) {
			const key = String(path.at(-1));
			throw new SourceFileError(file, lineOf(lines, path), `unknown field \`${key}\` (typo?)`);
		}
		const missing = issue.received === 'undefined';
		const reason = missing ? `${describe(path)} is missing` : `${describe(path)} ${issue.message}`;
		throw new SourceFileError(file, lineOf(lines, missing ? path.slice(0, 2) : path), reason);
	}
	const copy = result.output;

	const seen = new Map<string, number>();
	copy.steps.forEach((step, i) => {
		const line = lineOf(lines, ['steps', i, 'slug']);
		const earlier = seen.get(step.slug);
		if (earlier !== undefined)
			throw new SourceFileError(
				file,
				line,
				`duplicate slug "${step.slug}" (also at line ${earlier})`
			);
		seen.set(step.slug, line);
		if (!expectedSlugs.includes(step.slug))
			throw new SourceFileError(
				file,
				line,
				`unknown slug "${step.slug}": the story (src/lib/story/steps.ts) has ${expectedSlugs.join(', ')}`
			);
	});
	const absent = expectedSlugs.filter((slug) => !seen.has(slug));
	if (absent.length)
		throw new SourceFileError(
			file,
			lines.sections.get('steps') ?? 1,
			`missing step${absent.length > 1 ? 's' : ''} ${absent.map((s) => `"${s}"`).join(', ')}`
		);
	copy.steps.forEach((step, i) => {
		if (step.slug !== expectedSlugs[i])
			throw new SourceFileError(
				file,
				lineOf(lines, ['steps', i, 'slug']),
				`step ${i + 1} is "${step.slug}" but the story expects "${expectedSlugs[i]}" here (same order as src/lib/story/steps.ts)`
			);
	});

	return {
		...copy,
		headline: typography(copy.headline),
		dek: typography(copy.dek),
		kicker: typography(copy.kicker),
		byline: typography(copy.byline),
		steps: copy.steps.map((s) => ({
			slug: s.slug,
			caption: typography(s.caption),
			text: typography(s.text),
			alt: typography(s.alt)
		})),
		method: copy.method.map(typography),
		// A source's title keeps its own language's typography (`format/citation.ts`).
		sources: copy.sources
	};
}
