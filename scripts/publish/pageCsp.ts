/**
 * The Content-Security-Policy a built page carries in its `<meta http-equiv>` tag (SvelteKit
 * writes it, paintFirst rewrites its boot script's hash), for the same policy as a header.
 *
 * @example pageCsp('<meta http-equiv="content-security-policy" content="default-src \'self\'">', 'index.html') // "default-src 'self'"
 */
export function pageCsp(html: string, file: string): string {
	const tags = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
	if (tags.length !== 1)
		throw new Error(
			`${file}: expected one Content-Security-Policy <meta> tag, found ${tags.length} (svelte.config.js sets kit.csp)`
		);
	const policy = tags[0]![1]!
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
	if (!/^[\x20-\x7e]+$/.test(policy) || /["$\\]/.test(policy))
		throw new Error(`${file}: the Content-Security-Policy holds a character a header cannot carry`);
	return policy;
}
