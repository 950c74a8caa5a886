/**
 * Writes the page's web-font subsets (and the fonts' licence) to src/lib/fonts/:
 * `npm run fonts`. The character set, features and sources are in scripts/fonts/subset.ts.
 * Same input, same bytes: run it after changing CHARSET_RANGES or upgrading the font packages,
 * and commit the result.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	CHARSET,
	FACES,
	FONTS_DIR,
	LICENCES,
	readSource,
	subsetFace,
	unicodeRange
} from './fonts/subset';

mkdirSync(FONTS_DIR, { recursive: true });
let total = 0;
for (const face of FACES) {
	const bytes = await subsetFace(face);
	writeFileSync(join(FONTS_DIR, face.file), bytes);
	total += bytes.length;
	console.log(`${face.file.padEnd(26)} ${String(bytes.length).padStart(6)} B  ← ${face.source}`);
}
for (const licence of LICENCES)
	writeFileSync(join(FONTS_DIR, licence.file), readSource(licence.source));
console.log(
	`${'total'.padEnd(26)} ${String(total).padStart(6)} B  (${[...CHARSET].length} characters)`
);
console.log(`unicode-range: ${unicodeRange()};`);
