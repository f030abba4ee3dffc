/**
 * The blocking probe is on by default; `--no-probe` / `--probe` (Action inputs `no-probe` /
 * `probe`) override migrations.probe from the config.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readModeInputs } from '../../src/action/inputs.js';
import { parseModeArgs } from '../../src/cli/main.js';
import { ConfigurationError } from '../../src/errors.js';
import { migrationsCommand } from '../../src/migrations/command.js';
import { buildMigrationsSettings } from '../../src/migrations/settings.js';

const cwd = mkdtempSync(path.join(tmpdir(), 'bg-probe-option-'));
test.after(() => rmSync(cwd, { recursive: true, force: true }));

const probeFrom = (args: string[], config: { probe?: boolean } = {}) =>
  buildMigrationsSettings(config, parseModeArgs(migrationsCommand, args).values, cwd).probe;

test('CLI: the probe runs by default, --no-probe skips it, --probe overrides a config that turned it off', () => {
  assert.equal(probeFrom([]), true);
  assert.equal(probeFrom(['--no-probe']), false);
  assert.equal(probeFrom([], { probe: false }), false);
  assert.equal(probeFrom(['--probe'], { probe: false }), true);
  assert.equal(probeFrom(['--no-probe'], { probe: true }), false);
  assert.throws(() => probeFrom(['--probe', '--no-probe']), ConfigurationError);
});

test('Action: inputs probe and no-probe read as booleans; unset inputs leave the config in charge', () => {
  const inputs = (values: Record<string, string>) => readModeInputs(migrationsCommand, (n) => values[n] ?? '');
  assert.deepEqual(inputs({ probe: 'false' }), { probe: false });
  assert.equal(buildMigrationsSettings({}, inputs({ probe: 'false' }), cwd).probe, false);
  assert.equal(buildMigrationsSettings({}, inputs({ 'no-probe': 'true' }), cwd).probe, false);
  assert.equal(buildMigrationsSettings({ probe: false }, inputs({}), cwd).probe, false);
  assert.equal(buildMigrationsSettings({ probe: false }, inputs({ probe: 'true' }), cwd).probe, true);
});
