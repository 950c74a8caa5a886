// The parts of the page only its prerendered HTML shows (see the module).
export { withPrerenderedParts as load } from '$lib/framework/prerenderedParts';
