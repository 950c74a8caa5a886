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
