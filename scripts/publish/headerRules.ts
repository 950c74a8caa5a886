/** How long a host and a CDN may keep each kind of file. */
export const CACHE = {
	/** Hashed file names (`_app/immutable/`): a new build writes new names. */
	immutable: 'public, max-age=31536000, immutable',
	/** Pages, oEmbed files, CSV downloads, share cards…: kept 5 minutes, then revalidated. */
	short: 'public, max-age=300, must-revalidate'
} as const;

/** The type of every kind of file the build writes. */
export const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	svg: 'image/svg+xml; charset=utf-8',
	json: 'application/json; charset=utf-8',
	xml: 'application/xml; charset=utf-8',
	txt: 'text/plain; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	png: 'image/png',
	woff2: 'font/woff2'
};

/** What the rules are derived from: the build's files and each page's policy. */
export interface Build {
	/** Sub-path the site is served from, '' or `/interactive/story`. */
	base: string;
	/** Every file of the build, relative to it, with `/` (`s/helmand/index.html`). */
	files: string[];
	/** Each page's file and the Content-Security-Policy of its `<meta>` tag. */
	pages: { file: string; csp: string }[];
}

const IMMUTABLE = '_app/immutable/';
const extension = (file: string) => /\.([a-z0-9]+)$/.exec(file)?.[1] ?? '';

/** The type of a file of the build; a kind of file without a known type stops the build. */
export function typeOf(file: string): string {
	const type = TYPES[extension(file)];
	if (!type)
		throw new Error(
			`${file}: no Content-Type known for ".${extension(file)}" files; add it to TYPES in scripts/publish/headerRules.ts`
		);
	return type;
}

/** A page's address: `s/helmand/index.html` is served as `/s/helmand/`. */
const pageUrl = (base: string, file: string) => `${base}/${file.replace(/index\.html$/, '')}`;

/**
 * `_headers` for Netlify and Cloudflare Pages. Both add up the headers of every rule a path
 * matches, so no header is given by two rules that can match the same path; Cloudflare Pages
 * reads at most 100 rules, so files are grouped by folder where a folder allows it.
 */
export function netlifyHeaders({ base, files, pages }: Build): string {
	const rules: [string, [string, string][]][] = [
		[`${base}/*`, [['X-Content-Type-Options', 'nosniff']]],
		[`${base}/${IMMUTABLE}*`, [['Cache-Control', CACHE.immutable]]]
	];
	// The short cache: every top-level entry but `_app`, and `_app`'s files outside `immutable/`.
	const top = new Set<string>();
	for (const file of files) {
		if (file.startsWith(IMMUTABLE)) continue;
		const [first, ...rest] = file.split('/');
		top.add(rest.length && first !== '_app' ? `${first}/*` : file);
	}
	for (const entry of [...top].sort())
		rules.push([`${base}/${entry.replace(/^index\.html$/, '')}`, [['Cache-Control', CACHE.short]]]);
	for (const page of pages)
		rules.push([pageUrl(base, page.file), [['Content-Security-Policy', page.csp]]]);
	// Types, where a host might guess: a folder of one kind of file at once, else file by file
	// (SvelteKit's `__data.json` beside each page is left to the host: every host types `.json`).
	const folders = new Map<string, string[]>();
	for (const file of files) {
		const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
		folders.set(folder, [...(folders.get(folder) ?? []), file]);
	}
	const hasSubfolder = (folder: string) =>
		[...folders.keys()].some((other) => other.startsWith(`${folder}/`));
	for (const [folder, inFolder] of [...folders].sort()) {
		const kinds = new Set(inFolder.map(typeOf));
		if (folder && kinds.size === 1 && !hasSubfolder(folder) && !inFolder[0]!.endsWith('.html')) {
			rules.push([`${base}/${folder}/*`, [['Content-Type', [...kinds][0]!]]]);
			continue;
		}
		for (const file of inFolder.filter((f) => !/(\.(html|js|css)|\/?__data\.json)$/.test(f)))
			rules.push([`${base}/${file}`, [['Content-Type', typeOf(file)]]]);
	}
	if (rules.length > 100)
		throw new Error(
			`_headers: ${rules.length} rules, more than the 100 Cloudflare Pages reads; group more files by folder in scripts/publish/headerRules.ts`
		);
	return [
		'# Written by the build (scripts/publish): headers for Netlify and Cloudflare Pages.',
		'# Keep it at the root of the folder the host publishes.',
		...rules.map(([path, headers]) =>
			[``, path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')
		),
		''
	].join('\n');
}

/** A literal for an nginx regular expression. */
const regex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A value between double quotes in nginx's configuration (pageCsp lets no `"`, `$` or `\\` in). */
const quoted = (text: string) => `"${text}"`;

/**
 * An nginx snippet for the `server` block whose `root` holds the build in `<base>/`. Debian's
 * nginx as it comes: `.gz` files are sent by gzip_static, `.br` files by a rewrite to a location
 * that names their type and encoding (nginx has no brotli module by default).
 */
export function nginxSnippet({ base, files, pages }: Build): string {
	const root = `${base}/`;
	const kinds = [...new Set(files.map(extension))].sort();
	kinds.forEach((kind) => typeOf(`x.${kind}`));
	const compressed = kinds.filter((kind) => /^(html|js|css|svg|json|xml|txt|csv)$/.test(kind));
	const headers = [
		'add_header Cache-Control $story_cache always;',
		'add_header Content-Security-Policy $story_csp always;',
		'add_header X-Content-Type-Options nosniff always;',
		'add_header Vary Accept-Encoding always;'
	];
	const bare = (type: string) => type.split(';')[0];
	return [
		`# Written by the build (scripts/publish) for the story at ${root}: include it in the server`,
		`# block whose root holds the build's files in ${root} (root /var/www: /var/www${root}).`,
		`set $story_cache "";`,
		`set $story_csp "";`,
		`set $story_br "";`,
		`if ($uri ~ "^${regex(root)}") { set $story_cache ${quoted(CACHE.short)}; set $story_br "A"; }`,
		`if ($uri ~ "^${regex(root + IMMUTABLE)}") { set $story_cache ${quoted(CACHE.immutable)}; }`,
		`if ($http_accept_encoding ~* "(^|[ ,])br([ ,;]|$)") { set $story_br "\${story_br}B"; }`,
		`if (-f $request_filename.br) { set $story_br "\${story_br}C"; }`,
		'# Each page with its own policy: the one in its <meta> tag (its boot script by hash).',
		...pages.map(
			(page) =>
				`if ($uri = ${quoted(`${base}/${page.file}`)}) { set $story_csp ${quoted(page.csp)}; }`
		),
		'if ($story_br = "ABC") { rewrite ^(.*)$ $1.br last; }',
		'',
		`location ^~ ${root} {`,
		'\tindex index.html;',
		'\tgzip_static on;',
		'\ttypes {',
		...kinds.map((kind) => `\t\t${bare(TYPES[kind]!)} ${kind};`),
		'\t}',
		'\tcharset utf-8;',
		`\tcharset_types ${[...new Set(kinds.filter((k) => k !== 'html' && TYPES[k]!.includes('charset')).map((k) => bare(TYPES[k]!)))].join(' ')};`,
		...headers.map((line) => `\t${line}`),
		`\tlocation ~ ^${regex(root)}_(headers|nginx\\.conf)$ { return 404; }`,
		...compressed.flatMap((kind) => [
			`\tlocation ~ \\.${kind}\\.br$ {`,
			'\t\tinternal;',
			'\t\ttypes { }',
			`\t\tdefault_type ${quoted(TYPES[kind]!)};`,
			'\t\tcharset off;',
			'\t\tgzip_static off;',
			'\t\tadd_header Content-Encoding br always;',
			...headers.map((line) => `\t\t${line}`),
			'\t}'
		]),
		'}',
		''
	].join('\n');
}
