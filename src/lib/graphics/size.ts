/** A chart's box, in px. */
export interface Size {
	width: number;
	height: number;
}
