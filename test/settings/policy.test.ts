import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPolicy } from '../../src/report/policy.js';
import { fingerprint } from '../../src/report/fingerprint.js';
import { emptyReport, type Finding } from '../../src/report/types.js';

const finding = (rule: string, subject: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule,
  severity,
  message: `${rule} on ${subject}`,
  location: { file: 'migrations/002.sql', line: 3 },
  fingerprint: fingerprint(rule, subject),
});

test('an ignore by rule id removes its findings and counts them', () => {
  const r = {
    ...emptyReport('migrations'),
    findings: [finding('ban-drop-column', 'a'), finding('prefer-text-field', 'b')],
  };
  const out = applyPolicy(r, {
    ignore: [{ rule: 'ban-drop-column', reason: 'column unused since v2' }],
    ruleLevels: {},
    configFile: 'c.yml',
    today: '2026-11-25',
  });
  assert.deepEqual(
    out.findings.map((f) => f.rule),
    ['prefer-text-field'],
  );
  assert.equal(out.metrics.ignored, 1);
});

test('an ignore by fingerprint removes only that finding', () => {
  const a = finding('ban-drop-column', 'a');
  const b = finding('ban-drop-column', 'b');
  const out = applyPolicy(
    { ...emptyReport('migrations'), findings: [a, b] },
    {
      ignore: [{ fingerprint: a.fingerprint, reason: 'ok' }],
      ruleLevels: {},
      configFile: 'c.yml',
      today: '2026-11-25',
    },
  );
  assert.deepEqual(
    out.findings.map((f) => f.fingerprint),
    [b.fingerprint],
  );
});

test('an expired ignore stops applying and says so with the config line', () => {
  const out = applyPolicy(
    { ...emptyReport('migrations'), findings: [finding('ban-drop-column', 'a')] },
    {
      ignore: [{ rule: 'ban-drop-column', reason: 'temporary', expires: '2026-11-01', line: 7 }],
      ruleLevels: {},
      configFile: '.backend-gate.yml',
      today: '2026-11-25',
    },
  );
  assert.deepEqual(out.findings.map((f) => f.rule).sort(), ['ban-drop-column', 'ignore-expired']);
  const expired = out.findings.find((f) => f.rule === 'ignore-expired');
  assert.equal(expired?.location?.line, 7);
  assert.match(expired?.message ?? '', /expired on 2026-11-01/);
});

test('an ignore that expires today still applies', () => {
  const out = applyPolicy(
    { ...emptyReport('migrations'), findings: [finding('ban-drop-column', 'a')] },
    {
      ignore: [{ rule: 'ban-drop-column', reason: 'temporary', expires: '2026-11-25' }],
      ruleLevels: {},
      configFile: 'c.yml',
      today: '2026-11-25',
    },
  );
  assert.equal(out.findings.length, 0);
});

test('per-rule levels override severity, and off drops the rule', () => {
  const out = applyPolicy(
    { ...emptyReport('loadtest'), findings: [finding('p99-threshold', 's'), finding('min-rps-threshold', 's')] },
    { ignore: [], ruleLevels: { 'p99-threshold': 'warning', 'min-rps-threshold': 'off' }, configFile: 'c.yml' },
  );
  assert.deepEqual(
    out.findings.map((f) => [f.rule, f.severity]),
    [['p99-threshold', 'warning']],
  );
});
