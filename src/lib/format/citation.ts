import type { Words } from '$lib/i18n';

/**
 * How a source's title is shown. The fact base marks titles it could not read as
 * `[title not captured] description` or `[title from URL slug] Title`; readers get a note instead.
 *
 * @example sourceTitle('[title from URL slug] US meets deadline', fr) // { title: 'US meets deadline', note: 'titre reconstitué…' }
 */
export function sourceTitle(
	raw: string,
	w: Words
): { title: string; note: string | null; quoted: boolean } {
	const match = /^\[(title not captured|title from URL slug)\]\s*(.*)$/.exec(raw.trim());
	if (!match) return { title: raw.trim(), note: null, quoted: true };
	return match[1] === 'title not captured'
		? { title: match[2]!, note: w.citation.titleNotCaptured, quoted: false }
		: { title: match[2]!, note: w.citation.titleFromUrl, quoted: true };
}

/**
 * The words that follow a source's publisher in the source list.
 *
 * @example citationDetails({ title: 'Factbox', date: '2021-05-01' }, fr) // ', «\u202fFactbox\u202f», 1er\u00a0mai 2021.'
 */
export function citationDetails(source: { title: string; date: string }, w: Words): string {
	const { title, note, quoted } = sourceTitle(source.title, w);
	const shownTitle = quoted ? w.citation.quote(title) : title;
	const parts = [shownTitle + (note ? ` (${note})` : ''), source.date ? w.day(source.date) : ''];
	return `, ${parts.filter(Boolean).join(', ')}.`;
}
