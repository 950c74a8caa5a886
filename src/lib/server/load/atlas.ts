import projected from '$data/map/afghanistan.projected.json';
import type { Atlas } from '$lib/data/atlas';

/** The map data for build-time rendering (share cards); the page loads it on its own. */
export const serverAtlas = projected as unknown as Atlas;
