import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE } from './helpers/chromium';
import { EDITIONS } from './helpers/story';
import { site, test } from './helpers/test';

describe.each(EDITIONS)('web fonts, $lang edition', (edition) => {
	test('arrive after the load event, are used, and move nothing when they swap in', async ({
		usePage
	}) => {
		const page = await usePage({
			edition,
			size: PHONE,
			// A tab of its own: a reused one has the faces in its memory cache, and Chromium takes a
			// declared face from there at once, before the load event, without the network.
			fresh: true,
			init: `window.shifts = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts += e.value;
				}).observe({ type: 'layout-shift', buffered: true });`,
			at: ''
		});
		const timing = () =>
			page.evaluate(() => {
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				const fonts = performance
					.getEntriesByType('resource')
					.filter((e) => e.name.endsWith('.woff2'))
					.map((e) => e.startTime);
				const faces = [...document.fonts]
					.filter((f) => f.family.includes('Source Serif 4') && f.status === 'loaded')
					.map((f) => f.weight);
				return { load: nav.loadEventStart, fonts, faces };
			});
		// All four faces (serif 400 and 700, sans 400 and 600) fetched, the serif ones in use.
		await expect.poll(async () => (await timing()).fonts.length).toBe(4);
		await expect.poll(async () => (await timing()).faces.sort()).toEqual(['400', '700']);
		const { load, fonts } = await timing();
		// Each asked for after the load event: none held the first paint back.
		for (const start of fonts) expect(start).toBeGreaterThanOrEqual(load);
		expect(
			await page.evaluate(() => (window as unknown as { shifts: number }).shifts)
		).toBeLessThan(0.01);
	});
});

describe('web fonts, switched on part by part (webFonts.ts)', () => {
	/** Each element with text of its own (by tag, text and rank): its computed font stack. */
	const textFonts = (page: Page) =>
		page.evaluate(() => {
			const seen = new Map<string, number>();
			return [...document.body.querySelectorAll('*')]
				.filter(
					(el) =>
						!el.closest('script, style, noscript, template') &&
						[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
				)
				.map((el) => {
					const key = `${el.tagName.toLowerCase()} “${el.textContent!.trim().slice(0, 40)}”`;
					seen.set(key, (seen.get(key) ?? 0) + 1);
					return [`${key} #${seen.get(key)}`, getComputedStyle(el).fontFamily] as const;
				});
		});
	const kind = (stack: string) =>
		/^"?Source Sans/.test(stack) ? 'sans' : /^"?Source Serif/.test(stack) ? 'serif' : 'other';

	// Every page that shows the story: each edition's, a step's page, the embed.
	test.for([
		{ edition: EDITIONS[0]!, at: '' },
		{ edition: EDITIONS[1]!, at: '' },
		{ edition: EDITIONS[0]!, at: 's/helmand/' },
		{ edition: EDITIONS[0]!, at: 'embed/' }
	])(
		'$edition.lang /$at: every text set in a fallback ends up in its web font, serif or sans as before',
		async ({ edition, at }, { usePage }) => {
			// The page as it stays when the web fonts never come.
			const bare = await usePage({ edition, size: PHONE, failing: /\.woff2$/, fresh: true });
			await bare.route('**/*.woff2', (route) => route.abort());
			await bare.goto(site() + edition.path + at, { waitUntil: 'load' });
			const before = new Map(await textFonts(bare));
			const page = await usePage({ edition, size: PHONE, at });
			// What is still not in the web font of its kind (nothing, once every part is switched on).
			const left = async () =>
				(await textFonts(page)).filter(([key, stack]) => {
					const was = before.get(key);
					return (
						was !== undefined &&
						kind(was) !== 'other' &&
						!new RegExp(`^"?Source ${kind(was) === 'serif' ? 'Serif 4' : 'Sans 3'}"?,`).test(stack)
					);
				});
			expect(
				[...before.values()].filter((stack) => kind(stack) !== 'other').length
			).toBeGreaterThan(3);
			await expect.poll(left, { timeout: 15_000 }).toEqual([]);
			// Switched on in parts, not on the whole page at once.
			expect(await page.locator('[data-web-fonts="on"]').count()).toBeGreaterThan(
				at === 'embed/apercu/' ? 0 : 10
			);
		}
	);
});

describe('fallback fonts (global.css)', () => {
	test('set the story’s text as wide as the web font they stand in for, wherever they are installed', async ({
		usePage
	}) => {
		const page = await usePage({ size: PHONE, at: '' });
		// Both web fonts in use (document.fonts.check is also true while none of their faces is there).
		const inUse = () =>
			page.evaluate(() =>
				[...document.fonts]
					.filter((f) => f.status === 'loaded' && !f.family.includes('fallback'))
					.map((f) => f.family.replace(/"/g, ''))
			);
		await expect
			.poll(async () => new Set(await inUse()))
			.toEqual(new Set(['Source Serif 4', 'Source Sans 3']));
		// Each fallback face the system has, with its text width over the web font's.
		const ratios = await page.evaluate(async () => {
			const text = [...document.querySelectorAll('[data-step] p')]
				.map((p) => p.textContent)
				.join(' ');
			const context = document.createElement('canvas').getContext('2d')!;
			const width = (family: string, weight: string) => {
				context.font = `${weight} 100px '${family}'`;
				return context.measureText(text).width;
			};
			const fallbacks = [...document.fonts].filter((f) => f.family.includes('fallback'));
			const loaded = await Promise.all(
				fallbacks.map((f) =>
					f.load().then(
						() => f,
						() => null
					)
				)
			);
			return loaded
				.filter((f) => f !== null)
				.map((f) => {
					const web = f!.family.includes('Serif') ? 'Source Serif 4' : 'Source Sans 3';
					const face = `${f!.family.replace(/"/g, '')} ${f!.weight}`;
					const ratio = width(f!.family.replace(/"/g, ''), f!.weight) / width(web, f!.weight);
					return { family: face, ratio };
				});
		});
		// Every machine that runs this has serif and sans ones, regular and bold (Debian's Chromium
		// brings DejaVu and Liberation).
		for (const kind of ['Serif', 'Sans'])
			for (const weight of kind === 'Serif' ? ['400', '700'] : ['400', '600'])
				expect(ratios.some((r) => r.family.includes(kind) && r.family.endsWith(weight))).toBe(true);
		for (const { family, ratio } of ratios) expect(Math.abs(ratio - 1), family).toBeLessThan(0.015);
	});
});
