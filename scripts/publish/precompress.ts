import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text files a host should send compressed (images and fonts are compressed already). */
export const COMPRESSIBLE = /\.(html|js|css|svg|json|xml|txt|csv)$/;

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) next to each text file, for
 * hosts that serve precompressed files (nginx `gzip_static`, the `.br` rule of the nginx snippet).
 * Returns the files it compressed.
 */
export function precompress(files: string[]): string[] {
	const text = files.filter((file) => COMPRESSIBLE.test(file));
	for (const file of text) {
		const raw = readFileSync(file);
		writeFileSync(
			`${file}.br`,
			brotliCompressSync(raw, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
					[constants.BROTLI_PARAM_SIZE_HINT]: raw.length
				}
			})
		);
		writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
	}
	return text;
}
