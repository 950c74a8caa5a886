import { error } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n';
import { wordsFor } from '$lib/i18n/editions';
import { serverAtlas } from '../load/atlas';
import { cardPng, cardSvg } from './shareCard';
import { withFonts } from './figureFonts';
import { figureSvg, type GraphicInput } from './stepFigure';
import { mapData } from '../load/mapData';
import { storyFile, storyFileNames, storyIn } from '../load/story';
import { troopData } from '../load/troopData';

/** What an edition's graphics are drawn from. */
export function graphicInput(lang: Lang): GraphicInput {
	return {
		troops: troopData(storyIn(lang).published),
		atlas: serverAtlas,
		places: mapData(lang).places,
		provinceNames: mapData(lang).provinceNames,
		lang,
		w: wordsFor(lang)
	};
}

/** One share card for the story (`recit.png`) and one per step (`<slug>.png`). */
export const cardEntries = (lang: Lang) => storyFileNames(lang).map((card) => ({ card }));

/** A share card, as a PNG response (`partage/<card>.png`). */
export function cardResponse(lang: Lang, card: string): Response {
	const { story, step } = storyFile(lang, card);
	const png = cardPng(cardSvg({ ...graphicInput(lang), story, step }));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}

/** One static figure per step, for readers without JavaScript and for print. */
export const figureEntries = (lang: Lang) => storyIn(lang).steps.map((s) => ({ slug: s.slug }));

/** A step's static figure, as an SVG response (`figures/<slug>.svg`). */
export async function figureResponse(lang: Lang, slug: string): Promise<Response> {
	const step = storyIn(lang).steps.find((s) => s.slug === slug);
	if (!step) error(404, wordsFor(lang).page.unknownStep);
	return new Response(await withFonts(figureSvg(step, graphicInput(lang))), {
		headers: { 'content-type': 'image/svg+xml' }
	});
}
