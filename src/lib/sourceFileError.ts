/** A problem in a copy or data file, located so an editor can fix it: `file:line: reason`. */
export class SourceFileError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly reason: string
	) {
		super(`${file}, line ${line}: ${reason}`);
		this.name = 'SourceFileError';
	}
}
