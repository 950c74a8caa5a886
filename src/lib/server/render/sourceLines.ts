import { NBSP, NNBSP } from '$lib/format/typography';
import type { Lang } from '$lib/i18n';

/**
 * The short source line under each figure and card's chart, by edition (no-break spaces keep the
 * section's quoted name on one line). Server-only words: the
 * page lists its sources in full (« Sources et méthode »), and its first load carries no more.
 */
export const SOURCE_LINES: Record<Lang, { troops: string; map: string }> = {
	fr: {
		troops: `Sources${NBSP}: presse et Otan, réunies par la rédaction (détail sous «${NNBSP}Sources${NBSP}et${NBSP}méthode${NNBSP}»)`,
		map: `Sources${NBSP}: Natural Earth, GeoNames, ISO 3166-2:AF, ministère afghan de la Défense`
	},
	en: {
		troops: `Sources: press reports and NATO, compiled by the newsroom (details under “Sources${NBSP}and${NBSP}method”)`,
		map: 'Sources: Natural Earth, GeoNames, ISO 3166-2:AF, Afghan Defense Ministry'
	}
};
