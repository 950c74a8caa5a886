import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { CARD_FONTS, type Face } from './cardFonts';

/** One shaping buffer, emptied for each text (the WebAssembly heap keeps what is not freed). */
const buffer = new hb.Buffer();
const fonts = new Map<Face, { font: hb.Font; upem: number }>();
const fontOf = (face: Face) => {
	let entry = fonts.get(face);
	if (!entry) {
		const hbFace = new hb.Face(new hb.Blob(readFileSync(CARD_FONTS[face])));
		entry = { font: new hb.Font(hbFace), upem: hbFace.upem };
		fonts.set(face, entry);
	}
	return entry;
};

/**
 * The width in px of `text` set in `face` at `fontPx`, as the card rasterizer sets it: the glyphs'
 * advances once shaped by HarfBuzz (kerning and ligatures; resvg shapes with its port), plus
 * `letterSpacing` after each character.
 */
export function textWidth(text: string, fontPx: number, face: Face, letterSpacing = 0): number {
	const { font, upem } = fontOf(face);
	buffer.clearContents();
	buffer.addText(text);
	buffer.guessSegmentProperties();
	hb.shape(font, buffer);
	const advance = buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
	return (advance / upem) * fontPx + letterSpacing * [...text].length;
}
