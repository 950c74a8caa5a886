import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The page's fonts as TrueType files (the rasterizer reads no WOFF2), by face: the share cards
 * are drawn with these only, and their words measured with them (`textWidth`). The italic is the
 * graphics' (a newspaper's title, a province's name): where the browser slants the upright face,
 * the rasterizer has no italic of its own and would set them upright.
 */
export const CARD_FONTS = {
	sans: require.resolve('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf'),
	sansItalic:
		require.resolve('@expo-google-fonts/source-sans-3/400Regular_Italic/SourceSans3_400Regular_Italic.ttf'),
	sansSemiBold:
		require.resolve('@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf'),
	serif:
		require.resolve('@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf'),
	serifBold: require.resolve('@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf')
} as const;

export type Face = keyof typeof CARD_FONTS;
