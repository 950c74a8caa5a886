import { readerStrings } from './readerStrings';
import { typographySlips, type CheckedLang } from './typographySlips';
import { unsourcedNumbers, type Fact } from './unsourcedNumbers';

/** A slip on a page: where, in which string, which rule. */
export interface MarkupSlip {
	file: string;
	text: string;
	rule: string;
	excerpt: string;
}

const isChecked = (lang: string): lang is CheckedLang => lang === 'fr' || lang === 'en';

/**
 * Both checks over every string a reader sees in a page or an SVG: the edition's typography
 * (a quoted title keeps its own language's) and the figures' sources.
 */
export function markupSlips(
	markup: string,
	file: string,
	lang: CheckedLang,
	facts: readonly Fact[]
): MarkupSlip[] {
	return readerStrings(markup, lang).flatMap(({ text, lang: own, figures }) => {
		if (!isChecked(own)) return [];
		const slips = [
			...typographySlips(text, own),
			...(figures ? unsourcedNumbers(text, own, facts) : [])
		];
		return slips.map((s) => ({ file, text, ...s }));
	});
}

/** Slips as a build log wants them: one a line, page, rule, excerpt, then the whole string. */
export function formatSlips(slips: readonly MarkupSlip[]): string {
	const seen = new Set<string>();
	return slips
		.map((s) => `${s.file}: ${s.rule}\n    at « ${s.excerpt} »\n    in « ${s.text.slice(0, 200)} »`)
		.filter((line) => !seen.has(line) && seen.add(line))
		.join('\n');
}
