import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, LANG_TAGS, LANGS } from '$lib/i18n/langs';
import { paintFirst } from '$lib/server/paintFirst';

/** The page's language, from its route: `/en/…` is the English edition. */
function langOf(routeId: string | null) {
	return (
		LANGS.find((lang) => routeId?.startsWith(`/${lang}/`) || routeId === `/${lang}`) ?? DEFAULT_LANG
	);
}

/**
 * Writes the edition's language on `<html lang>` (src/app.html holds `%lang%`), and makes the
 * page's code load after its first paint (see paintFirst).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			paintFirst(html.replace('%lang%', LANG_TAGS[langOf(event.route.id)].html))
	});
