/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and any SARIF viewer: one run,
 * one rule per rule id seen, one result per finding, with our fingerprint as a partial fingerprint
 * so code scanning tracks an alert across commits the way our baseline does.
 */
import { pathToFileURL } from 'node:url';
import { TOOL_NAME } from './json.js';
import type { Finding, Report, Severity } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'backendGate/v1';

export interface SarifMeta {
  version: string;
  informationUri?: string;
  /** One-line rule descriptions by rule id; a rule without one is described by its id in words. */
  ruleDescriptions?: Record<string, string>;
  /** Folder of the working directory inside the repository (`services/api`), prefixed to every file. */
  pathPrefix?: string;
  /**
   * Where findings without a file point (the config file, for a P99 threshold). Code scanning
   * drops results that have no location; without this they stay location-less.
   */
  defaultFile?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export function renderSarif(reports: Report[], meta: SarifMeta): object {
  const rules: { id: string; name: string; shortDescription: { text: string }; defaultConfiguration: object }[] = [];
  const ruleIndex = new Map<string, number>();
  const results: object[] = [];

  for (const report of reports) {
    for (const f of report.findings) {
      if (!ruleIndex.has(f.rule)) {
        ruleIndex.set(f.rule, rules.length);
        rules.push({
          id: f.rule,
          name: pascalCase(f.rule),
          shortDescription: { text: meta.ruleDescriptions?.[f.rule] ?? sentence(f.rule) },
          defaultConfiguration: { level: LEVEL[f.severity] },
        });
      }
      results.push(result(f, report, ruleIndex.get(f.rule)!, meta));
    }
  }

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: meta.version,
            semanticVersion: /^\d+\.\d+\.\d+/.test(meta.version) ? meta.version : undefined,
            informationUri: meta.informationUri,
            rules,
          },
        },
        automationDetails: { id: `${TOOL_NAME}/${[...new Set(reports.map((r) => r.mode))].join('+')}/` },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results,
      },
    ],
  };
  // Through JSON once: optional fields left undefined disappear, as they would in the file.
  return JSON.parse(JSON.stringify(log)) as object;
}

function result(f: Finding, report: Report, index: number, meta: SarifMeta): object {
  const file = f.location?.file ?? meta.defaultFile;
  const message = f.fix ? `${f.message} Fix: ${f.fix.description}` : f.message;
  return {
    ruleId: f.rule,
    ruleIndex: index,
    level: LEVEL[f.severity],
    message: { text: message },
    locations: file ? [location(file, f, meta.pathPrefix)] : undefined,
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: { mode: report.mode, ...(f.location?.pointer ? { pointer: f.location.pointer } : {}) },
  };
}

function location(file: string, f: Finding, prefix: string | undefined): object {
  const line = f.location?.file === file ? f.location.line : undefined;
  const region =
    line && line > 0
      ? {
          startLine: line,
          startColumn: f.location?.column && f.location.column > 0 ? f.location.column : undefined,
          endLine: f.location?.endLine && f.location.endLine >= line ? f.location.endLine : undefined,
        }
      : undefined;
  return { physicalLocation: { artifactLocation: artifactLocation(file, prefix), region } };
}

/** Relative paths become URI references against %SRCROOT%, each segment percent-encoded. */
function artifactLocation(file: string, prefix: string | undefined): { uri: string; uriBaseId?: string } {
  const normalized = file.replace(/\\/g, '/');
  if (normalized.startsWith('/') || /^[a-z]:\//i.test(normalized)) return { uri: pathToFileURL(file).href };
  const joined = [prefix, normalized]
    .filter((p): p is string => Boolean(p))
    .join('/')
    .split('/')
    .filter((seg) => seg !== '' && seg !== '.');
  return { uri: joined.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function sentence(rule: string): string {
  const words = rule.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1) + '.';
}

function pascalCase(rule: string): string {
  return rule
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
