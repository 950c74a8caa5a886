/*
 * Host script for the embedded story (no dependencies). For each <iframe data-story-embed>:
 * - sets the iframe's height to the story's height, which the story sends when it changes;
 * - sends the story the iframe's position and the viewport's height on scroll and resize, one
 *   message per animation frame at most, so the story can keep its graphic in view;
 * - passes a start step from this page's URL (?etape=<slug>), scrolls when the story asks,
 * - re-dispatches the story's step changes as a `story:step` DOM event on the iframe.
 * Options (attributes on the iframe): data-top-offset="64" for a sticky site header of 64 px.
 * Messages are checked: from this iframe's window and origin, with the expected shape.
 */
(function () {
	'use strict';
	var CHILD = 'story-embed';
	var HOST = 'story-embed-host';
	var VERSION = 1;
	var STEP_PARAM = 'etape';

	function setup(iframe) {
		if (iframe.getAttribute('data-story-embed-ready')) return;
		iframe.setAttribute('data-story-embed-ready', 'true');
		var origin = new URL(iframe.src, location.href).origin;
		var frame = 0;
		// Until the story has loaded, the iframe holds a blank page of this page's origin:
		// a message sent to it would be refused.
		function loaded() {
			try {
				var href = iframe.contentWindow.location.href;
				return href !== 'about:blank' && new URL(href).origin === origin;
			} catch {
				return true; // another origin's page: the story
			}
		}

		function offset() {
			var value = Number(iframe.getAttribute('data-top-offset'));
			return isFinite(value) && value > 0 ? value : 0;
		}
		function send(message) {
			if (!iframe.contentWindow || !loaded()) return;
			message.source = HOST;
			message.version = VERSION;
			iframe.contentWindow.postMessage(message, origin);
		}
		function sendViewport() {
			frame = 0;
			var top = offset();
			var rect = iframe.getBoundingClientRect();
			send({ type: 'story:viewport', top: rect.top - top, height: window.innerHeight - top });
		}
		function schedule() {
			if (!frame) frame = requestAnimationFrame(sendViewport);
		}
		function sendStart() {
			var slug = new URLSearchParams(location.search).get(STEP_PARAM);
			if (slug && /^[a-z0-9-]{1,60}$/.test(slug)) send({ type: 'story:start', slug: slug });
		}

		window.addEventListener('message', function (event) {
			if (event.source !== iframe.contentWindow || event.origin !== origin) return;
			var data = event.data;
			if (!data || typeof data !== 'object' || data.source !== CHILD || data.version !== VERSION)
				return;
			if (data.type === 'story:ready') {
				sendStart();
				schedule();
			} else if (data.type === 'story:height') {
				var height = Number(data.height);
				if (isFinite(height) && height > 0 && height < 1e6) {
					iframe.style.height = Math.ceil(height) + 'px';
					schedule();
				}
			} else if (data.type === 'story:scroll-to') {
				var top = Number(data.top);
				if (!isFinite(top)) return;
				var target = window.scrollY + iframe.getBoundingClientRect().top + top - offset();
				window.scrollTo({ top: target, behavior: 'instant' });
				schedule();
			} else if (data.type === 'story:step') {
				var detail = { slug: String(data.slug), index: Number(data.index) };
				iframe.dispatchEvent(new CustomEvent('story:step', { detail: detail }));
			}
		});
		window.addEventListener('scroll', schedule, { passive: true });
		window.addEventListener('resize', schedule);
		iframe.addEventListener('load', function () {
			sendStart();
			schedule();
		});
		sendStart();
		schedule();
	}

	function scan() {
		var frames = document.querySelectorAll('iframe[data-story-embed]');
		for (var i = 0; i < frames.length; i++) setup(frames[i]);
	}
	scan();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
