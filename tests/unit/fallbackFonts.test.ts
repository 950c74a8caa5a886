import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { globalFontFaces } from './helpers/fontFaces';

/** The web fonts' line metrics, per 1000 units (their hhea ascender and descender). */
const WEB = {
	serif: { ascent: 1036, descent: 335 },
	sans: { ascent: 1024, descent: 400 }
};

const css = readFileSync('src/styles/global.css', 'utf8');
/** The fallbacks' faces: those of local fonts (the web fonts' own have a file). */
const faces = globalFontFaces()
	.filter((face) => face.src?.includes('local('))
	.map((face) => {
		const percent = (name: string) => parseFloat(face[name] ?? '');
		return {
			family: (face['font-family'] ?? '').replace(/'/g, ''),
			weight: Number(face['font-weight']),
			src: face.src ?? '',
			size: percent('size-adjust'),
			ascent: percent('ascent-override'),
			descent: percent('descent-override'),
			lineGap: percent('line-gap-override')
		};
	});

describe('fallback fonts (global.css): sized like the web fonts', () => {
	it.each([
		{ family: 'Source Serif fallback', weight: 400, system: 'Georgia' },
		{ family: 'Source Serif fallback', weight: 700, system: 'Georgia Bold' },
		{ family: 'Source Serif fallback Noto', weight: 400, system: 'Noto Serif' },
		{ family: 'Source Serif fallback Noto', weight: 700, system: 'Noto Serif Bold' },
		{ family: 'Source Serif fallback DejaVu', weight: 400, system: 'DejaVu Serif' },
		{ family: 'Source Serif fallback DejaVu', weight: 700, system: 'DejaVu Serif Bold' },
		{ family: 'Source Sans fallback', weight: 400, system: 'Arial' },
		{ family: 'Source Sans fallback', weight: 600, system: 'Arial Bold' },
		{ family: 'Source Sans fallback Roboto', weight: 400, system: 'Roboto' },
		{ family: 'Source Sans fallback Roboto', weight: 600, system: 'Roboto Medium' },
		{ family: 'Source Sans fallback DejaVu', weight: 400, system: 'DejaVu Sans' },
		{ family: 'Source Sans fallback DejaVu', weight: 600, system: 'DejaVu Sans Bold' }
	])(
		'$family $weight ($system): the web font’s line metrics, divided by its size-adjust',
		({ family, weight, system }) => {
			const face = faces.find((f) => f.family === family && f.weight === weight)!;
			expect(face.src).toContain(`local('${system}')`);
			const web = family.includes('Serif') ? WEB.serif : WEB.sans;
			expect(face.size).toBeGreaterThan(70);
			expect(face.ascent).toBeCloseTo(web.ascent / 10 / (face.size / 100), 1);
			expect(face.descent).toBeCloseTo(web.descent / 10 / (face.size / 100), 1);
			expect(face.lineGap).toBe(0);
		}
	);

	it('are the twelve faces above, no more', () => {
		expect(faces).toHaveLength(12);
	});

	it('are each in their fallback stack', () => {
		for (const face of faces) {
			const stack = face.family.includes('Serif') ? '--serif-fallback' : '--sans-fallback';
			const declared = css.match(new RegExp(`${stack}:([^;]+);`))![1]!;
			expect(declared, face.family).toContain(`'${face.family}'`);
		}
	});

	// The web fonts stand first once switched on (webFonts.ts), the fallbacks until then.
	it.each([
		{
			stack: '--serif',
			page: 'var(--serif-fallback)',
			web: "'Source Serif 4', var(--serif-fallback)"
		},
		{ stack: '--sans', page: 'var(--sans-fallback)', web: "'Source Sans 3', var(--sans-fallback)" }
	])('$stack: the fallbacks, then the web font before them', ({ stack, page, web }) => {
		const root = css.match(/:root\s*{([^}]*)}/)![1]!;
		expect(root).toContain(`${stack}: ${page};`);
		const switched = css.match(/\[data-web-fonts='on'\]\s*{([^}]*)}/)![1]!;
		expect(switched).toContain(`${stack}: ${web};`);
	});
});
