import { findBootScript } from '../../src/lib/framework/paintFirst';

/**
 * The page with SvelteKit's boot script taken out: it loads, parses, lays out and paints as the
 * story does, and runs none of its script. Lighthouse on it is the floor this machine gives the
 * page (its HTML, styles and fonts alone): read the story's TBT and TTI against it, measured in
 * the same minutes. (On a 2-core VM it has read TBT from 0 to 325 ms in seven runs.)
 */
export function withoutBootScript(html: string): string {
	const boot = findBootScript(html);
	if (!boot) throw new Error('bench: the page has no boot script to take out for the floor');
	return html.replace(`<script>${boot}</script>`, '');
}
