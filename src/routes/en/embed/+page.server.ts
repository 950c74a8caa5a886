import { embedPage } from '$lib/server/load/storyPage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => embedPage('en');
