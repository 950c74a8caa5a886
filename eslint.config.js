import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		// `const { left, ...kept } = value` is how a field is left out of an object.
		rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Links here go to other sites (sources) or to anchors of this page, and the step engine
		// only rewrites the hash of the current URL: nothing to resolve against the base path.
		rules: {
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignoreLinks: true, ignoreReplaceState: true }
			]
		}
	},
	{
		// The page's console stays quiet: warnings and errors only (debugging output left in a
		// component once reached main).
		files: ['src/**'],
		rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] }
	},
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-base/',
			'node_modules/',
			'test-results/'
		]
	}
);
