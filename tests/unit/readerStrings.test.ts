import { describe, expect, it } from 'vitest';
import { readerStrings } from '$lib/checks/readerStrings';

describe('readerStrings', () => {
	it.each([
		[
			'<p>Un <i>Times</i> lu.</p><p>Deux</p>',
			[
				['Un Times lu.', 'fr', true],
				['Deux', 'fr', true]
			]
		],
		['<p>Bilan&nbsp;: lourd &amp; net</p>', [['Bilan\u00a0: lourd & net', 'fr', true]]],
		[
			'<p>«\u202f<cite lang="en">US troops: down</cite>\u202f»</p>',
			[
				['«\u202f', 'fr', true],
				['US troops: down', 'en', true],
				['\u202f»', 'fr', true]
			]
		],
		[
			'<img alt="Carte : pays"><span aria-label="Étape 2">x</span>',
			[
				['Carte : pays', 'fr', true],
				['Étape 2', 'fr', true],
				['x', 'fr', true]
			]
		],
		[
			'<script>const a = "x : y";</script><pre>"code"</pre><style>p{}</style><p>vu</p>',
			[['vu', 'fr', true]]
		],
		[
			'<meta name="description" content="Résumé : court"><meta charset="utf-8">',
			[['Résumé : court', 'fr', true]]
		],
		[
			'<svg><g class="axes"><text>5 000</text></g><text><tspan>au</tspan><tspan>11 mai</tspan></text></svg>',
			[
				['5 000', 'fr', false],
				['au 11 mai', 'fr', true]
			]
		],
		[
			'<section class="sources"><p>2 448</p><ol><li>R44116</li></ol></section>',
			[
				['2 448', 'fr', true],
				['R44116', 'fr', false]
			]
		],
		[
			'<html lang="en"><body><p>Why?</p><br/><p>Yes</p></body></html>',
			[
				['Why?', 'en', true],
				['Yes', 'en', true]
			]
		]
	])('%j', (markup, expected) => {
		expect(readerStrings(markup, 'fr').map((s) => [s.text, s.lang, s.figures])).toEqual(expected);
	});
});
