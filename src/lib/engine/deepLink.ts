/**
 * The step a URL hash names, or null when it names none (unknown slugs open the story at its start).
 *
 * @example slugFromHash('#helmand', ['retrait', 'helmand']) // 'helmand'
 */
export function slugFromHash(hash: string, slugs: readonly string[]): string | null {
	let slug = hash.replace(/^#/, '');
	try {
		slug = decodeURIComponent(slug);
	} catch {
		return null;
	}
	return slugs.includes(slug) ? slug : null;
}

/** The URL (path + query + hash) for a step; no hash before the story starts. */
export function urlForStep(
	location: { pathname: string; search: string },
	slug: string | null
): string {
	return `${location.pathname}${location.search}${slug ? `#${slug}` : ''}`;
}

/** Name of the query parameter that opens the story at a step (`?etape=helmand`), used by embeds. */
export const STEP_PARAM = 'etape';

/**
 * The step a query string names with `?etape=`, or null.
 *
 * @example slugFromQuery('?etape=helmand&theme=dark', ['retrait', 'helmand']) // 'helmand'
 */
export function slugFromQuery(search: string, slugs: readonly string[]): string | null {
	const slug = new URLSearchParams(search).get(STEP_PARAM);
	return slug && slugs.includes(slug) ? slug : null;
}
