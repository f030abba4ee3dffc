import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { MODES } from '../../src/report/types.js';
import { loadMode } from '../../src/modes.js';

type Yaml = Record<string, unknown>;
const read = (file: string): Yaml => parse(readFileSync(file, 'utf8'), { uniqueKeys: true }) as Yaml;

test('action.yml runs on node24 from the committed bundle and declares the documented inputs and outputs', () => {
  const action = read('action.yml');
  const runs = action.runs as Yaml;
  assert.equal(runs.using, 'node24');
  assert.equal(runs.main, 'dist/index.js');
  assert.ok(existsSync('dist/index.js'), 'dist/index.js is committed');
  const inputs = action.inputs as Record<string, Yaml>;
  for (const name of ['mode', 'config', 'github-token', 'fail-on', 'comment', 'sarif-file', 'working-directory']) {
    assert.ok(inputs[name], `input ${name}`);
    assert.equal(typeof inputs[name].description, 'string', `input ${name} has a description`);
  }
  assert.equal(inputs['github-token'].default, '${{ github.token }}');
  assert.equal(inputs.config.default, '.backend-gate.yml');
  assert.deepEqual(Object.keys(action.outputs as Yaml).sort(), ['findings', 'report-json', 'result']);
});

test('every mode option is an input of action.yml, so the Action and the CLI take the same settings', async () => {
  const inputs = (read('action.yml').inputs ?? {}) as Record<string, Yaml>;
  for (const mode of MODES) {
    const command = await loadMode(mode);
    for (const name of Object.keys(command.options)) {
      assert.ok(inputs[name], `action.yml lacks input '${name}' (option of mode ${mode})`);
    }
  }
});

test('workflows are well formed, least-privilege by default, and the action runs itself on every mode', () => {
  const dir = '.github/workflows';
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  assert.ok(files.includes('ci.yml') && files.includes('check-dist.yml'), files.join(','));
  for (const f of files) {
    const wf = read(`${dir}/${f}`);
    assert.ok(wf.on, `${f}: has triggers`);
    assert.deepEqual(wf.permissions, { contents: 'read' }, `${f}: default permissions are contents: read`);
    const jobs = wf.jobs as Record<string, Yaml>;
    assert.ok(jobs && Object.keys(jobs).length > 0, `${f}: has jobs`);
    for (const [name, job] of Object.entries(jobs)) {
      assert.ok(job['runs-on'], `${f}:${name} runs-on`);
      const steps = job.steps as Yaml[];
      assert.ok(Array.isArray(steps) && steps.length > 0, `${f}:${name} has steps`);
      for (const step of steps) assert.ok(step.uses || step.run, `${f}:${name}: every step uses or runs something`);
    }
  }
  const ci = read(`${dir}/ci.yml`);
  const selfTest = Object.values(ci.jobs as Record<string, Yaml>).find((j) =>
    (j.steps as Yaml[]).some((s) => s.uses === './'),
  );
  assert.ok(selfTest, 'a ci job runs the action with uses: ./');
  const matrix = (selfTest.strategy as Yaml).matrix as Yaml;
  assert.deepEqual([...(matrix.mode as string[])].sort(), [...MODES].sort());
  assert.ok((selfTest.services as Yaml).postgres, 'a postgres service container for migrations');
  const checkDist = read(`${dir}/check-dist.yml`);
  assert.ok(JSON.stringify(checkDist).includes('npm run package'), 'check-dist rebuilds dist/');
});
