import type { Words } from '$lib/i18n';
import { FRENCH_GLOSSES, frenchPublisher } from './sourceGlosses';
import { titleLang, titleTypography, type TitleLang } from './sourceLanguage';

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

/** A source as the list shows it: the title apart, marked with its language when quoted. */
export interface Citation {
	publisher: string;
	/** The title as published (quoted), or the description standing in for it, in the page's language. */
	title: string;
	/** The quoted title's language: set apart from the page's words (`lang`, its own typography). */
	titleLang: TitleLang | null;
	quoted: boolean;
	/** Punctuation set inside the closing quotation mark, as US style wants (`“Title,”`). */
	inside: string;
	/** What follows the title: its note and the date, ending the entry. */
	rest: string;
}

/** A source's entry in the list, in the edition's words. */
export function citation(
	source: { publisher: string; title: string; date: string },
	w: Words
): Citation {
	const { title, note, quoted } = sourceTitle(source.title, w);
	const french = w.lang === 'fr';
	const lang = quoted ? titleLang(title) : null;
	const parts = [note ? ` (${note})` : '', source.date ? `, ${w.day(source.date)}` : ''];
	const rest = `${parts.join('')}.`;
	const inside = quoted && w.lang === 'en' && /^[.,]/.test(rest) ? rest[0]! : '';
	return {
		publisher: french ? frenchPublisher(source.publisher) : source.publisher,
		title: lang
			? titleTypography(title, lang)
			: w.typography(french ? (FRENCH_GLOSSES[title] ?? title) : title),
		titleLang: lang,
		quoted,
		inside,
		rest: rest.slice(inside.length)
	};
}

/**
 * The words that follow a source's publisher in the source list.
 *
 * @example citationDetails({ title: 'Factbox', date: '2021-05-01' }, fr) // ', «\u202fFactbox\u202f», 1er\u00a0mai 2021.'
 */
export function citationDetails(
	source: { publisher?: string; title: string; date: string },
	w: Words
): string {
	const c = citation({ publisher: '', ...source }, w);
	return `, ${c.quoted ? w.citation.quote(c.title + c.inside) : c.title}${c.rest}`;
}
