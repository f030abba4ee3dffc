/**
 * Our lint as a process of its own, for the whole-process side of the benchmark: reads the files
 * named on the command line, loads the WASM parser, lints them and prints the findings as JSON on
 * stdout (as `squawk --reporter json` does). The bench runs it compiled to JavaScript, as the CLI
 * runs lib/, never through tsx. Timings inside the process go to stderr as one JSON line.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { lintMigrationFilesSync, loadParser } from '../../src/migrations/lint/index.js';

const started = performance.now();
const inputs = process.argv.slice(2).map((file) => ({ file, sql: readFileSync(file, 'utf8') }));
const read = performance.now();
await loadParser();
const loaded = performance.now();
const findings = lintMigrationFilesSync(inputs).flat();
const linted = performance.now();
process.stdout.write(JSON.stringify(findings));
const written = performance.now();
process.stderr.write(
  JSON.stringify({
    // Node's own start-up (until it runs user code), then the loading of our modules.
    nodeMs: performance.nodeTiming.bootstrapComplete,
    modulesMs: started - performance.nodeTiming.bootstrapComplete,
    bootMs: started,
    readMs: read - started,
    loadMs: loaded - read,
    lintMs: linted - loaded,
    outputMs: written - linted,
    findings: findings.length,
  }) + '\n',
);
