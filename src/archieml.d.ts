declare module 'archieml' {
	const archieml: {
		/** Parses an ArchieML document into a plain object. */
		load(text: string, options?: { comments?: boolean }): Record<string, unknown>;
	};
	export default archieml;
}
