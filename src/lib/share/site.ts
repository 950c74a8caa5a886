import { DEFAULT_LANG, langPath, type Lang } from '$lib/i18n/langs';

/** Where the story is published: absolute URLs (previews, canonical, shares) are built from it. */
export interface Site {
	/** Scheme and host, no trailing slash: `https://www.example.org`. */
	origin: string;
	/** Sub-path, '' or `/interactive/story` (no trailing slash). */
	base: string;
}

/** Used when PUBLIC_ORIGIN is not set: a placeholder that is obviously not a real site. */
export const DEFAULT_ORIGIN = 'https://graphics.example.org';

/**
 * Validates the publishing address (from `PUBLIC_ORIGIN` and `BASE_PATH`).
 *
 * @example publicSite('https://news.example/', '/afghanistan') // { origin: 'https://news.example', base: '/afghanistan' }
 */
export function publicSite(origin: string | undefined, base: string | undefined): Site {
	const raw = (origin || DEFAULT_ORIGIN).trim();
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(
			`PUBLIC_ORIGIN must be an absolute URL such as https://www.example.org, got "${raw}"`
		);
	}
	if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`PUBLIC_ORIGIN must be a scheme and a host only (no path), got "${raw}"`);
	}
	const path = base ?? '';
	if (path && (!path.startsWith('/') || path.endsWith('/'))) {
		throw new Error(`BASE_PATH must start with "/" and not end with "/", got "${path}"`);
	}
	return { origin: url.origin, base: path };
}

/** The address of an edition's root: `https://x.org/` (French) or `https://x.org/en/`. */
export const storyUrl = (site: Site, lang: Lang = DEFAULT_LANG) =>
	`${site.origin}${site.base}${langPath(lang)}/`;

/** The address of a step's own page, which social networks preview. */
export const stepUrl = (site: Site, slug: string, lang: Lang = DEFAULT_LANG) =>
	`${storyUrl(site, lang)}s/${encodeURIComponent(slug)}/`;

/** Path of a share card image, relative to the edition's root (null: the story's card). */
export const cardPath = (slug: string | null) => `partage/${slug ?? 'recit'}.png`;

/** Absolute address of a share card image. */
export const cardUrl = (site: Site, slug: string | null, lang: Lang = DEFAULT_LANG) =>
	`${storyUrl(site, lang)}${cardPath(slug)}`;

/** Size of every share card, in px. */
export const CARD = { width: 1200, height: 630 } as const;

/**
 * Size of a step's static figure (`figures/<slug>.svg`, no-JavaScript reading and print), px.
 * StepCard writes it out in its <img> tags (importing it there costs the first load this
 * module); a unit test holds them equal.
 */
export const FIGURE = { width: 560, height: 620 } as const;

export interface ShareLink {
	network: string;
	label: string;
	href: string;
}

/**
 * Plain links that share `url` on social networks and by e-mail: no scripts from those sites.
 *
 * @example shareLinks('https://x.org/s/a/', 'Titre')[0].href // 'https://x.com/intent/post?url=…&text=Titre'
 */
export function shareLinks(url: string, text: string, emailLabel = 'E-mail'): ShareLink[] {
	const u = encodeURIComponent(url);
	const t = encodeURIComponent(text);
	return [
		{ network: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
		{
			network: 'facebook',
			label: 'Facebook',
			href: `https://www.facebook.com/sharer/sharer.php?u=${u}`
		},
		{
			network: 'linkedin',
			label: 'LinkedIn',
			href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`
		},
		{
			network: 'whatsapp',
			label: 'WhatsApp',
			href: `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`
		},
		{
			network: 'bluesky',
			label: 'Bluesky',
			href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${text} ${url}`)}`
		},
		{
			network: 'email',
			label: emailLabel,
			href: `mailto:?subject=${t}&body=${encodeURIComponent(`${text}\n\n${url}`)}`
		}
	];
}
