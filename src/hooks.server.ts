import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, LANG_TAGS, LANGS } from '$lib/i18n/langs';

/** The page's language, from its route: `/en/…` is the English edition. */
function langOf(routeId: string | null) {
	return (
		LANGS.find((lang) => routeId?.startsWith(`/${lang}/`) || routeId === `/${lang}`) ?? DEFAULT_LANG
	);
}

/** Writes the edition's language on `<html lang>` (src/app.html holds `%lang%`). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', LANG_TAGS[langOf(event.route.id)].html)
	});
