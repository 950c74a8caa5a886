// Prints each test file's duration from vitest's JSON report, longest first, so that growth shows,
// then the run's totals and one plain closing line. Exits 1 when the report holds no test.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
const files = report.testResults
	.map((f) => ({
		file: relative(process.cwd(), f.name),
		seconds: (f.endTime - f.startTime) / 1000,
		tests: f.assertionResults.length,
		status: f.status
	}))
	.sort((a, b) => b.seconds - a.seconds);

console.log('\n== test files by duration');
for (const f of files)
	console.log(
		`${f.seconds.toFixed(1).padStart(7)} s ${String(f.tests).padStart(4)} tests  ${f.file}` +
			(f.status === 'passed' ? '' : `  (${f.status})`)
	);
const inFiles = files.reduce((sum, f) => sum + f.seconds, 0);
const wall = (Math.max(...report.testResults.map((f) => f.endTime)) - report.startTime) / 1000;
console.log(
	`${inFiles.toFixed(1).padStart(7)} s in test files, ${wall.toFixed(1)} s from the run's start to its last file's end`
);
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
if (report.numTotalTests === 0) process.exit(1);
// `--write`: the durations become the order of the next runs (tests/setup/sequencer.ts).
if (process.argv.includes('--write'))
	writeFileSync(
		'tests/timings.json',
		JSON.stringify(
			Object.fromEntries(files.map((f) => [f.file, Math.round(f.seconds)])),
			null,
			'\t'
		) + '\n'
	);
