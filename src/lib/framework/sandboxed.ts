/**
 * What a page does where its modules cannot load: in an iframe sandboxed with `allow-scripts` but
 * not `allow-same-origin`, as WordPress frames an oEmbed from an unknown provider. The document's
 * origin is then opaque (`self.origin` is "null"): every module import is a cross-origin request
 * that a static host answers without CORS headers, so the page could not start, and its scrolly
 * layout would be left with an empty graphic column. Instead the page shows what it shows without
 * JavaScript, by putting the content of its `<noscript>` elements in their place (each step's
 * figure, the style that hides the sticky panel), and never imports anything. A link to a step
 * (`?etape=`) opens it at that step, held there, frame after frame, until the reader acts or two
 * seconds after the load: the page's layout may still change after the first scroll (a fresh-clone
 * run found the step 6 000 px away from where it had been scrolled to).
 *
 * It also answers WordPress's embed protocol: the host appends `#?secret=<secret>` to the
 * iframe's address and sets the iframe's height from `{ message: 'height', value, secret }`
 * (clamped to 200-1000 px), so the iframe is sized to the story, up to WordPress's limit.
 *
 * The text is an expression for the page's boot script: it resolves never (nothing is imported).
 */
export const SANDBOXED_FALLBACK = `((root) => {
	root.dataset.sandboxed = '';
	for (const noscript of document.querySelectorAll('noscript')) noscript.outerHTML = noscript.textContent;
	const step = new URLSearchParams(location.search).get('etape');
	const card = step && document.getElementById(step);
	if (card) {
		let held = true;
		for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'])
			addEventListener(type, () => (held = false), { passive: true, once: true });
		addEventListener('load', () => setTimeout(() => (held = false), 2000));
		const place = () => {
			if (!held) return;
			const top = card.getBoundingClientRect().top;
			if (Math.abs(top) > 1) scrollTo(0, top + scrollY);
			requestAnimationFrame(place);
		};
		place();
	}
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
