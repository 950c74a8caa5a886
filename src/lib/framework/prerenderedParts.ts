import type { PrerenderedParts, StoryPageData } from '$lib/server/load/storyPage';

/**
 * The story pages' universal load. SvelteKit writes a server load's data into the page for the
 * browser to hydrate with, but not a universal load's: so the parts only the prerendered HTML
 * shows (head tags, steps' text and tables, sources: three quarters of the data) are added here,
 * while prerendering, and the browser gets the rest. In the browser's build
 * `import.meta.env.SSR` is `false`, so the server module below is not even loaded (SvelteKit's
 * guard would stop the build).
 */
export async function withPrerenderedParts({
	data
}: {
	data: StoryPageData;
}): Promise<StoryPageData & { prerendered?: PrerenderedParts }> {
	if (!import.meta.env.SSR) return data;
	const { prerenderedParts } = await import('$lib/server/load/storyPage');
	return { ...data, prerendered: prerenderedParts(data) };
}
