import topology from '$data/map/afghanistan.topo.json';
import type { AtlasTopology } from '$data/map/atlas';
import { decodeAtlas } from '$lib/data/atlas';

/** The map data for build-time rendering (share cards); the page loads it on its own. */
export const serverAtlas = decodeAtlas(topology as unknown as AtlasTopology);
