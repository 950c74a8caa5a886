import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The part of subset-font 2.x used here (its @types package lags behind: no keepFeatures). */
interface SubsetFontOptions {
	targetFormat: 'truetype' | 'woff2';
	/** OpenType layout features to keep (all when omitted). */
	keepFeatures?: string[];
}

/** HarfBuzz's subsetter (subset-font, WebAssembly): deterministic for locked versions. */
export const subsetFont = require('subset-font') as (
	font: Buffer,
	text: string,
	options: SubsetFontOptions
) => Promise<Buffer>;

/**
 * OpenType features kept: those browsers turn on by default that change French or English text
 * (kerning, ligatures, contextual alternates) and those the CSS asks for (`font-variant-numeric:
 * lining-nums tabular-nums`; both families' default figures are already lining and tabular, so
 * HarfBuzz drops `lnum` and `tnum` as empty, but a source that needs them would keep them).
 * Left out: `ccmp`, `locl`, `mark`, `mkmk` (combining accents, which are not in CHARSET, and
 * Turkish, Dutch… forms: 2.5 KB for nothing; every pair of CHARSET characters shapes as with the full
 * font, but for "ïï" in Source Serif 4) and what nothing in the CSS turns on (fractions, ordinals,
 * superscripts, small caps, stylistic sets, oldstyle figures).
 */
export const FEATURES = ['kern', 'liga', 'clig', 'calt', 'rlig', 'lnum', 'tnum'] as const;
