import type { Component, Snippet } from 'svelte';
import { browser } from '$app/environment';
import HeadInBrowser from './HeadInBrowser.svelte';
import HeadOnServer from './HeadOnServer.svelte';
import InBrowser from './InBrowser.svelte';
import LaterInBrowser from './LaterInBrowser.svelte';
import LaterOnServer from './LaterOnServer.svelte';
import OnServer from './OnServer.svelte';

// Each wrapper is two components: the server's renders the content, the browser's does not, so
// that hydration (one long task that starts the page) has less to do. Svelte hydrates an element's
// children only where the browser's template has some, and only the head blocks it is given.
// `tests/browser/hydration.test.ts` checks that what these leave alone survives hydration
// unchanged, so a Svelte that starts walking it fails there.

type Static = Component<{ children: Snippet }>;

/**
 * Content that needs no code in the browser (text, links, tables): rendered into the prerendered
 * page and left as it is. Only for what never changes after the build: anything with a handler or
 * state stays outside.
 */
export const Prerendered = (browser ? InBrowser : OnServer) as Static;

/** The same for the head's tags (title, description, previews): written once, by the server. */
export const PrerenderedHead = (browser ? HeadInBrowser : HeadOnServer) as Static;

/**
 * A component prerendered like any other, but hydrated in a task of its own just after the page's,
 * with its parent's contexts. Until then it shows the server's rendering, and does nothing.
 */
export const HydratedLater = (browser ? LaterInBrowser : LaterOnServer) as typeof LaterInBrowser;
