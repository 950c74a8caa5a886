import { DEFAULT_LANG, langPath, type Lang } from '$lib/i18n/langs';
import type { Site } from './site';

/** Attributes an embedding page's iframe needs: scripts, clipboard and share, popups for links. */
export const IFRAME_SANDBOX =
	'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
export const IFRAME_ALLOW = 'clipboard-write';

/** The iframe's size where a host keeps only its attributes (an oEmbed consumer such as WordPress). */
export const EMBED_SIZE = { width: 640, height: 900 } as const;

export interface SnippetOptions {
	/** Open the story at this step (`?etape=<slug>`). */
	slug?: string;
	/** Write `width` and `height` attributes too (`EMBED_SIZE`), for hosts that drop `style`. */
	sized?: boolean;
}

/**
 * The code a producer pastes into a CMS: the iframe (readable at once, scrolling inside itself)
 * and the host script that sizes it and lets the page's scroll drive the story.
 */
export function embedSnippet(
	site: Site,
	title: string,
	lang: Lang = DEFAULT_LANG,
	{ slug, sized = false }: SnippetOptions = {}
): string {
	const root = `${site.origin}${site.base}`;
	const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	const query = slug ? `?etape=${encodeURIComponent(slug)}` : '';
	const size = sized ? ` width="100%" height="${EMBED_SIZE.height}"` : '';
	return [
		`<iframe src="${root}${langPath(lang)}/embed/${query}" title="${attr(title)}"${size} data-story-embed loading="lazy"`,
		`  sandbox="${IFRAME_SANDBOX}" allow="${IFRAME_ALLOW}"`,
		// Spaced, so that the box showing the code on a phone can wrap it at its spaces: as one
		// word of 64 characters after the indent, it left the indent alone on a line.
		`  style="display:block; width:100%; height:100vh; border:0"></iframe>`,
		`<script src="${root}/embed.js" async></script>`
	].join('\n');
}
