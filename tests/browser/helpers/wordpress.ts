/**
 * What WordPress does with the HTML of an oEmbed provider it does not know
 * (wp-includes/embed.php, `wp_filter_oembed_result`): it keeps only the iframe and these
 * attributes, appends a secret to its address, and sandboxes it without `allow-same-origin`.
 */
const KEPT = [
	'src',
	'width',
	'height',
	'frameborder',
	'marginwidth',
	'marginheight',
	'scrolling',
	'title'
];

export function wordpressIframe(html: string, secret: string): string {
	const iframe = /<iframe([\s\S]*?)><\/iframe>/.exec(html);
	if (!iframe) throw new Error('WordPress keeps an embed only if it has an iframe');
	const attributes = [...iframe[1]!.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)]
		.filter(([, name]) => KEPT.includes(name!))
		.map(([, name, value = '']) =>
			name === 'src'
				? `src="${value}#?secret=${secret}" data-secret="${secret}"`
				: `${name}="${value}"`
		);
	return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" ${attributes.join(' ')}></iframe>`;
}

/** WordPress's host script (wp-includes/js/wp-embed.js): the iframe's height from its messages. */
export const WP_EMBED_JS = `
window.addEventListener('message', (e) => {
	const data = e.data;
	if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
	for (const source of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
		if (e.source !== source.contentWindow) continue;
		source.removeAttribute('style');
		if (data.message === 'height') {
			let height = parseInt(data.value, 10);
			if (height > 1000) height = 1000;
			else if (~~height < 200) height = 200;
			source.height = height;
		}
	}
});
window.addEventListener('load', () => {
	for (const source of document.querySelectorAll('iframe.wp-embedded-content'))
		source.contentWindow.postMessage({ message: 'ready', secret: source.getAttribute('data-secret') }, '*');
});`;
