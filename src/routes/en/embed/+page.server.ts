import { embedPage } from '$lib/server/storyPage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => embedPage('en');
