import { spawn } from 'node:child_process';

/** Runs `vite build` in a child process with `env` added; rejects with its output when it fails. */
export function viteBuild(env: Record<string, string>): Promise<void> {
	// The build a reader gets, as `npm run build` makes it: none of the test runner's variables.
	const outside = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$)/.test(key))
	);
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
			{ env: { ...outside, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`vite build (${JSON.stringify(env)}) failed:\n${output}`))
		);
	});
}
