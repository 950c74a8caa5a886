/**
 * What a page does where its modules cannot load: in an iframe sandboxed with `allow-scripts` but
 * not `allow-same-origin`, as WordPress frames an oEmbed from an unknown provider. The document's
 * origin is then opaque (`self.origin` is "null"): every module import is a cross-origin request
 * that a static host answers without CORS headers, so the page could not start, and its scrolly
 * layout would be left with an empty graphic column. Instead the page shows what it shows without
 * JavaScript (each step followed by its figure, no sticky panel) and never imports anything.
 *
 * It also answers WordPress's embed protocol: the host appends `#?secret=<secret>` to the
 * iframe's address and sets the iframe's height from `{ message: 'height', value, secret }`
 * (clamped to 200-1000 px), so the iframe is sized to the story, up to WordPress's limit.
 *
 * The text is an expression for the page's boot script: it resolves never (nothing is imported).
 */
export const SANDBOXED_FALLBACK = `((root) => {
	root.dataset.sandboxed = '';
	const style = document.createElement('style');
	style.textContent = '[data-sandboxed] [data-graphic-column]{display:none}' +
		'[data-sandboxed] [data-steps-column]{padding-top:1rem!important}' +
		'[data-sandboxed] [data-step]{min-height:0!important;padding-bottom:2rem!important}' +
		'[data-sandboxed] .print-figure{display:block!important}';
	document.head.appendChild(style);
	for (const img of document.querySelectorAll('img[data-print-src]')) img.src = img.dataset.printSrc;
	const step = new URLSearchParams(location.search).get('etape');
	const card = step && document.getElementById(step);
	if (card) scrollTo(0, card.getBoundingClientRect().top + scrollY);
	const secret = (/^#\\?secret=([A-Za-z0-9]+)$/.exec(location.hash) || [])[1];
	if (secret && parent !== self) {
		let sent = 0;
		const send = () => {
			const value = Math.ceil(root.scrollHeight);
			if (value !== sent) parent.postMessage({ message: 'height', value: (sent = value), secret }, '*');
		};
		new ResizeObserver(send).observe(document.body);
		addEventListener('message', (event) => {
			if (event.source === parent && event.data && event.data.message === 'ready') (sent = 0), send();
		});
	}
	return new Promise(() => {});
})(document.documentElement)`;
