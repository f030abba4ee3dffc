import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { renderSarif } from '../../src/report/sarif.js';
import { manyFindings, migrationsReport, reportWith } from './sample-report.js';

// The SARIF 2.1.0 JSON schema (draft-04) as Microsoft's @microsoft/jest-sarif package ships it.
const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;
// CommonJS packages: under NodeNext their ES default is module.exports, which carries .default.
// unicodeRegExp off: one pattern in the published schema (a language tag) has a stray `]`.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function assertValid(log: object): void {
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: object } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

test('SARIF output validates against the SARIF 2.1.0 schema', () => {
  const log = renderSarif([migrationsReport(), reportWith('routes', manyFindings(3, 'warning'))], {
    version: '0.1.0',
    informationUri: 'https://github.com/backend-gate/backend-gate',
  });
  assertValid(log);
  assertValid(renderSarif([], { version: '0.1.0' }));
});

test('the schema check is real: a wrong level is rejected', () => {
  const log = renderSarif([migrationsReport()], { version: '0.1.0' }) as SarifLog;
  log.runs[0].results[0].level = 'notice';
  assert.equal(validate(log), false);
});

test('one run; rules from the rule ids seen; results with levels, relative locations and our fingerprint', () => {
  const report = migrationsReport();
  const log = renderSarif([report], { version: '0.1.0', pathPrefix: 'services/api' }) as SarifLog;
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'backend-gate');
  assert.deepEqual(
    run.tool.driver.rules.map((r) => [r.id, r.shortDescription.text]),
    [
      ['require-concurrent-index-creation', 'Require concurrent index creation.'],
      ['foreign-key-without-index', 'Foreign key without index.'],
      ['table-rewrite', 'Table rewrite.'],
    ],
  );
  assert.deepEqual(
    run.results.map((r) => [r.ruleId, r.ruleIndex, r.level]),
    [
      ['require-concurrent-index-creation', 0, 'warning'],
      ['foreign-key-without-index', 1, 'error'],
      ['table-rewrite', 2, 'note'],
    ],
  );
  const fk = run.results[1];
  assert.deepEqual(fk.locations, [
    {
      physicalLocation: {
        artifactLocation: { uri: 'services/api/db/migrations/002_orders.sql', uriBaseId: '%SRCROOT%' },
        region: { startLine: 12, startColumn: 3 },
      },
    },
  ]);
  assert.deepEqual(fk.partialFingerprints, { 'backendGate/v1': report.findings[1].fingerprint });
  assert.match(fk.message.text, /Fix: Add an index on orders\(user_id\)$/);
  assert.equal(run.results[2].locations, undefined, 'no file, no location');
});

test('a default file gives file-less findings a location; odd paths become valid URI references', () => {
  const [f] = manyFindings(1, 'error');
  const log = renderSarif(
    [
      reportWith('loadtest', [
        { ...f, location: { file: 'load tests/p99 #1.yml', line: 2 } },
        { ...f, location: undefined },
      ]),
    ],
    { version: '0.1.0', defaultFile: '.backend-gate.yml' },
  ) as SarifLog;
  assertValid(log);
  const uris = log.runs[0].results.map((r) => r.locations?.[0].physicalLocation.artifactLocation.uri);
  assert.deepEqual(uris, ['load%20tests/p99%20%231.yml', '.backend-gate.yml']);
  assert.equal(log.runs[0].results[1].locations?.[0].physicalLocation.region, undefined);
});
