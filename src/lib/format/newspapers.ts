/** Newspapers the copy names: their titles are set in italics, as the house style wants. */
// A title's spaces may be no-break ones (a chart's note keeps it on one line).
const TITLES = /\b((?:The[ \u00a0])?New[ \u00a0]York[ \u00a0]Times|(?:The[ \u00a0])?Telegraph)\b/g;

/**
 * A line of copy cut into runs, each saying whether it is a newspaper's title.
 *
 * @example newspaperRuns('Selon le New York Times, 3 500') // [{ text: 'Selon le ', title: false }, { text: 'New York Times', title: true }, { text: ', 3 500', title: false }]
 */
export function newspaperRuns(text: string): { text: string; title: boolean }[] {
	return text
		.split(TITLES)
		.map((run, i) => ({ text: run, title: i % 2 === 1 }))
		.filter((run) => run.text);
}
