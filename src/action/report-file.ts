/**
 * The publish-only path for fork pull requests (the two-workflow `workflow_run` pattern): a
 * read-only run writes the JSON report file and uploads it; a privileged run reads it back here
 * and posts it, without checking out or running PR code. The file is untrusted data from a fork:
 * it is size-bounded and schema-checked, nothing in it is executed, and the markdown renderer
 * escapes its text as it does for any report.
 */
import { readFileSync, statSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { ConfigurationError } from '../errors.js';
import { TOOL_NAME } from '../report/json.js';
import { MODES, SEVERITIES, type Report } from '../report/types.js';

/** Far above any real report (the job summary keeps 1 MB of it), far below what would hurt a runner. */
export const REPORT_FILE_MAX_BYTES = 20_000_000;

export interface PublishedReportFile {
  reports: Report[];
  /** The gate result the run that wrote the file decided. */
  passed: boolean;
  /** backend-gate version that wrote it. */
  version: string;
}

const text = (maxLength: number) => ({ type: 'string', maxLength });
const cellValue = { anyOf: [text(10_000), { type: 'number' }] };

const findingSchema = {
  type: 'object',
  required: ['rule', 'severity', 'message', 'fingerprint'],
  properties: {
    rule: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100 },
    severity: { enum: SEVERITIES },
    message: text(20_000),
    fingerprint: text(200),
    location: {
      type: 'object',
      required: ['file'],
      properties: {
        file: text(1_000),
        line: { type: 'integer', minimum: 1 },
        column: { type: 'integer', minimum: 1 },
        endLine: { type: 'integer', minimum: 1 },
        pointer: text(2_000),
      },
    },
    fix: {
      type: 'object',
      required: ['description'],
      properties: {
        description: text(5_000),
        text: text(200_000),
        files: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'content'],
            properties: { path: text(1_000), content: text(200_000) },
          },
        },
      },
    },
    data: { type: 'object' },
  },
};

const reportSchema = {
  type: 'object',
  required: ['mode', 'summary', 'findings'],
  properties: {
    mode: { enum: MODES },
    summary: text(5_000),
    findings: { type: 'array', items: findingSchema },
    metrics: { type: 'object', additionalProperties: { type: 'number' } },
    tables: {
      type: 'array',
      items: {
        type: 'object',
        required: ['title', 'columns', 'rows'],
        properties: {
          title: text(500),
          columns: { type: 'array', items: text(200) },
          rows: { type: 'array', items: { type: 'array', items: cellValue } },
        },
      },
    },
    charts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['title', 'x', 'series'],
        properties: {
          title: text(500),
          xLabel: text(200),
          yLabel: text(200),
          x: { type: 'array', items: cellValue },
          series: {
            type: 'array',
            items: {
              type: 'object',
              required: ['name', 'values'],
              properties: { name: text(500), values: { type: 'array', items: { type: 'number' } } },
            },
          },
        },
      },
    },
    artifacts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'path'],
        properties: { kind: text(100), path: text(1_000), content: { type: 'string' } },
      },
    },
    details: { type: 'array', items: text(10_000) },
  },
};

const fileSchema = {
  type: 'object',
  required: ['tool', 'version', 'passed', 'reports'],
  properties: {
    tool: { const: TOOL_NAME },
    version: text(100),
    passed: { type: 'boolean' },
    reports: { type: 'array', minItems: 1, maxItems: MODES.length, items: reportSchema },
  },
};

const validate = new Ajv({ allErrors: false, strict: false }).compile(fileSchema);

/** Reads a JSON report file (the `report-json` output of another run) for publishing only. */
export function readReportFile(file: string, displayName = file): PublishedReportFile {
  const where = { file: displayName };
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ConfigurationError(
      'report file not found. Download the artifact of the run that wrote it (the `report-json` output) first.',
      where,
    );
  }
  if (size > REPORT_FILE_MAX_BYTES) {
    throw new ConfigurationError(
      `report file is ${size} bytes, more than the ${REPORT_FILE_MAX_BYTES} a backend-gate report can be.`,
      where,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigurationError(`report file is not JSON (${(e as Error).message}).`, where);
  }
  if (!validate(doc)) {
    throw new ConfigurationError(
      `not a backend-gate JSON report: ${describe(validate.errors?.[0])}. ` +
        'Pass the file the `report-json` output names, unchanged.',
      where,
    );
  }
  const parsed = doc as { version: string; passed: boolean; reports: Partial<Report>[] };
  const reports = parsed.reports.map((r): Report => ({
    mode: r.mode!,
    summary: r.summary!,
    findings: r.findings!,
    metrics: r.metrics ?? {},
    tables: r.tables ?? [],
    charts: r.charts ?? [],
    // Publishing shows where files were written, not what they hold.
    artifacts: (r.artifacts ?? []).map((a) => ({ kind: a.kind, path: a.path })),
    details: r.details,
  }));
  const modes = reports.map((r) => r.mode);
  const twice = modes.find((m, i) => modes.indexOf(m) !== i);
  if (twice)
    throw new ConfigurationError(`report file holds two '${twice}' reports; a run writes one per mode.`, where);
  return { reports, passed: parsed.passed, version: parsed.version };
}

function describe(e: ErrorObject | undefined): string {
  if (!e) return 'unknown shape';
  const at = e.instancePath ? `at ${e.instancePath} ` : '';
  const allowed =
    e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
  return `${at}${e.message ?? e.keyword}${allowed}`;
}
