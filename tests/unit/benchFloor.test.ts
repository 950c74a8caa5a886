import { describe, expect, it } from 'vitest';
import { withoutBootScript } from '../../scripts/bench/floor';

const BOOT = `<script>
	{ const element = document.currentScript.parentElement;
	Promise.all([import("./_app/immutable/entry/start.js"), import("./_app/immutable/entry/app.js")])
		.then(([kit, app]) => { kit.start(app, element, {}); }); }
</script>`;
const LD = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';

describe('the bench’s floor: the page without its script', () => {
	it.each([
		{
			name: 'SvelteKit’s boot script is taken out, the rest is left as it is',
			page: `<head>${LD}</head><body><p>Texte</p><div>${BOOT}</div></body>`,
			floor: `<head>${LD}</head><body><p>Texte</p><div></div></body>`
		},
		{
			name: 'a script that starts nothing stays',
			page: `<body><script>document.documentElement.dataset.js = '';</script>${BOOT}</body>`,
			floor: `<body><script>document.documentElement.dataset.js = '';</script></body>`
		}
	])('$name', ({ page, floor }) => {
		expect(withoutBootScript(page)).toBe(floor);
	});

	it('fails on a page without a boot script, rather than measure the page as its own floor', () => {
		expect(() => withoutBootScript(`<body>${LD}</body>`)).toThrow(/no boot script/);
	});
});
