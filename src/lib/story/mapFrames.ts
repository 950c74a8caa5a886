import type { MapFocus, MapFrame } from './types';

/** What each map focus frames (part of the story's definition, steps.ts). */
export const mapFrames: Record<MapFocus, MapFrame> = {
	afghanistan: { fit: 'all', pad: 0 },
	helmand: { fit: ['AF-HEL'], pad: 0.12 },
	kabul: { fit: ['AF-KAB', 'AF-KAP', 'AF-LOG'], pad: 0.35 }
};
