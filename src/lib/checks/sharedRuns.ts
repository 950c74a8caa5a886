/**
 * A text's words, lower-cased and without accents (the seed writes « A Kaboul »), apostrophes
 * and digit groups split (« l’Afghanistan » → l, afghanistan).
 */
export function words(text: string): string[] {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * Runs of `length` words that a text shares with another (the seed article): copy written in our
 * own words shares none of seven words.
 *
 * @example sharedRuns('les talibans ont lancé de nombreuses attaques simultanées dans le sud', seed) // ['ont lancé de nombreuses attaques simultanées dans']
 */
export function sharedRuns(text: string, other: string, length = 7): string[] {
	const theirs = new Set<string>();
	const them = words(other);
	for (let i = 0; i + length <= them.length; i++) theirs.add(them.slice(i, i + length).join(' '));
	const ours = words(text);
	const shared = new Set<string>();
	for (let i = 0; i + length <= ours.length; i++) {
		const run = ours.slice(i, i + length).join(' ');
		if (theirs.has(run)) shared.add(run);
	}
	return [...shared];
}
