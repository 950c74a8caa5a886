import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { DEFAULT_LANG, LANG_TAGS, LANGS } from '$lib/i18n/langs';
import { paintFirst } from '$lib/framework/paintFirst';

/** The page's language, from its route: `/en/…` is the English edition. */
function langOf(routeId: string | null) {
	return (
		LANGS.find((lang) => routeId?.startsWith(`/${lang}/`) || routeId === `/${lang}`) ?? DEFAULT_LANG
	);
}

/**
 * Writes the edition's language on `<html lang>` (src/app.html holds `%lang%`), and makes the
 * prerendered page's code load after its first paint (see paintFirst). Not on the dev server: there
 * the CSP is a response header, which a rewritten boot script would no longer match.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', LANG_TAGS[langOf(event.route.id)].html);
			return building ? paintFirst(page) : page;
		}
	});
