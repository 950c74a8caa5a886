import * as v from 'valibot';

/**
 * The messages between the story (in an iframe) and the page that embeds it. Our own messages
 * are objects with `source` and `version`; the story also speaks pym.js's string format
 * (`pymxPYMx<id>xPYMx<type>xPYMx<message>`) so a page that already uses pym.Parent works.
 */
export const PROTOCOL_VERSION = 1;
/** `source` of the story's messages to the host page. */
export const CHILD_SOURCE = 'story-embed';
/** `source` of the host script's messages to the story. */
export const HOST_SOURCE = 'story-embed-host';

const finite = v.pipe(v.number(), v.finite());

const hostMessage = v.variant('type', [
	v.object({
		source: v.literal(HOST_SOURCE),
		version: v.literal(PROTOCOL_VERSION),
		type: v.literal('story:viewport'),
		/** The iframe's top relative to the host's viewport, px (negative once scrolled past). */
		top: finite,
		/** The host's viewport height, px. */
		height: v.pipe(finite, v.minValue(1), v.maxValue(100_000))
	}),
	v.object({
		source: v.literal(HOST_SOURCE),
		version: v.literal(PROTOCOL_VERSION),
		type: v.literal('story:start'),
		slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/))
	})
]);

/** What the story understands from a host page, whichever format it came in. */
export type HostMessage =
	| { kind: 'viewport'; top: number; height: number }
	| { kind: 'start'; slug: string }
	| { kind: 'width' };

const PYM = 'xPYMx';

/** A pym.js message string. */
export const pymMessage = (id: string, type: string, message: string) =>
	['pym', id, type, message].join(PYM);

/**
 * Reads a message from the host page, or returns null for anything else: wrong shape, wrong
 * version, or a pym message for another child id.
 *
 * @example parseHostMessage('pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx390 844 -120 0 3000 390', 'story')
 * // { kind: 'viewport', top: -120, height: 844 }
 */
export function parseHostMessage(data: unknown, pymId: string | null): HostMessage | null {
	if (typeof data === 'string') return pymId ? parsePym(data, pymId) : null;
	const result = v.safeParse(hostMessage, data);
	if (!result.success) return null;
	const message = result.output;
	return message.type === 'story:viewport'
		? { kind: 'viewport', top: message.top, height: message.height }
		: { kind: 'start', slug: message.slug };
}

function parsePym(data: string, id: string): HostMessage | null {
	const parts = data.split(PYM);
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id) return null;
	const [, , type, message] = parts as [string, string, string, string];
	if (type === 'width') return { kind: 'width' };
	if (type !== 'viewport-iframe-position') return null;
	// pym sends: viewport width, viewport height, iframe top, left, bottom, right.
	const numbers = message.split(' ').map(Number);
	if (numbers.length !== 6 || !numbers.every(Number.isFinite)) return null;
	const [, height, top] = numbers as [number, number, number];
	return height > 0 ? { kind: 'viewport', top, height } : null;
}

/** The story's messages to its host. `story:step` is documented for hosts' analytics. */
export type ChildMessage =
	| { type: 'story:ready' }
	| { type: 'story:height'; height: number }
	| { type: 'story:step'; slug: string; index: number }
	| { type: 'story:scroll-to'; top: number };

export const childMessage = (message: ChildMessage) => ({
	source: CHILD_SOURCE,
	version: PROTOCOL_VERSION,
	...message
});

/**
 * Whether a parent origin may drive the story: any, when no list is configured; otherwise
 * only the listed ones.
 */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
	return allowed.length === 0 || allowed.includes(origin);
}
