/**
 * Static lint of one migration file: parse with PostgreSQL's parser, run every rule of
 * rules/index.ts, drop what ignore comments suppress, return Findings. Pure: no I/O, no server.
 */
import { basename } from 'node:path';
import { fingerprint } from '../../report/fingerprint.js';
import type { Finding } from '../../report/types.js';
import { LintFile, type LintOptions } from './context.js';
import { findIgnoreDirectives, suppressingDirective } from './ignore.js';
import { normalizeSql } from './normalize.js';
import {
  loadParser,
  parseFileBatches,
  parseFileSync,
  SqlSyntaxError,
  type ParsedFile,
  type ParsedStatement,
} from './parse.js';
import { RULE_NAMES, RULES } from './rules/index.js';
import type { Rule } from './rule.js';

export { splitStatements, loadParser, SqlSyntaxError, type ParsedStatement } from './parse.js';
export { nonTransactionalStatement } from './transactions.js';
export { RULES } from './rules/index.js';
export type { Rule } from './rule.js';
export type { LintOptions } from './context.js';

export interface LintFileOptions extends LintOptions {
  /** Rule ids (or aliases) not to run, e.g. from the `migrations.lint.exclude` config. */
  exclude?: string[];
}

/** One file for lintMigrationFiles. */
export interface LintInput {
  sql: string;
  /** The path shown in findings. */
  file: string;
  /**
   * Whether this file's migration tool runs it inside one transaction, when it differs from
   * `inTransaction` of the options: a value, or a decision from the file's statements (a tool
   * that sends a file as one query wraps it only when it holds more than one statement).
   */
  inTransaction?: boolean | ((statements: readonly ParsedStatement[]) => boolean);
}

/**
 * Lints one migration file. `file` is the path shown in findings (relative to the repository);
 * fingerprints use its basename and the normalized statement text, so they survive moves of
 * the statement within the file and unrelated edits.
 */
export async function lintMigrationFile(sql: string, file: string, opts: LintFileOptions = {}): Promise<Finding[]> {
  await loadParser();
  return lintMigrationFileSync(sql, file, opts);
}

/**
 * Lints many files at once: they are parsed in a few batched parser calls (see parseFileBatches),
 * which is several times faster than one call per file, and each batch is linted before the next
 * is parsed. Returns findings per input, in order.
 */
export async function lintMigrationFiles(
  inputs: readonly LintInput[],
  opts: LintFileOptions = {},
): Promise<Finding[][]> {
  await loadParser();
  return lintMigrationFilesSync(inputs, opts);
}

/** lintMigrationFiles for callers that already awaited loadParser(). */
export function lintMigrationFilesSync(inputs: readonly LintInput[], opts: LintFileOptions = {}): Finding[][] {
  const rules = activeRules(opts);
  const out: Finding[][] = new Array(inputs.length);
  for (const batch of parseFileBatches(inputs.map((i) => i.sql))) {
    for (let k = 0; k < batch.files.length; k++) {
      const n = batch.first + k;
      const parsed = batch.files[k];
      const wraps = inputs[n].inTransaction;
      const own =
        wraps === undefined || parsed instanceof SqlSyntaxError
          ? opts
          : { ...opts, inTransaction: typeof wraps === 'function' ? wraps(parsed.statements) : wraps };
      out[n] = lintParsed(parsed, inputs[n].file, own, rules);
    }
  }
  return out;
}

/** lintMigrationFile for callers that already awaited loadParser(). */
export function lintMigrationFileSync(sql: string, file: string, opts: LintFileOptions = {}): Finding[] {
  let parsed: ParsedFile | SqlSyntaxError;
  try {
    parsed = parseFileSync(sql);
  } catch (e) {
    if (!(e instanceof SqlSyntaxError)) throw e;
    parsed = e;
  }
  return lintParsed(parsed, file, opts, activeRules(opts));
}

/** The rules to run: all but the excluded ones (resolved once per call, not per file). */
function activeRules(opts: LintFileOptions): readonly Rule[] {
  if (!opts.exclude?.length) return RULES;
  const excluded = new Set(opts.exclude.flatMap((n) => RULE_NAMES.get(n) ?? [n]));
  return RULES.filter((r) => !excluded.has(r.id));
}

function lintParsed(
  parsed: ParsedFile | SqlSyntaxError,
  file: string,
  opts: LintFileOptions,
  rules: readonly Rule[],
): Finding[] {
  const base = basename(file);
  if (parsed instanceof SqlSyntaxError) {
    const e = parsed;
    return [
      {
        rule: 'syntax-error',
        severity: 'error',
        message: `PostgreSQL cannot parse this file: ${e.message}.`,
        location: { file, line: e.line, column: e.column },
        fingerprint: fingerprint('syntax-error', base, e.message),
        fix: { description: 'Fix the SQL syntax; nothing else in the file was checked.' },
      },
    ];
  }
  const lint = new LintFile(file, parsed, opts);
  const directives = findIgnoreDirectives(parsed);
  const findings: Finding[] = [];
  const normalized = new Map<number, string>();
  for (const rule of rules) {
    for (const p of rule.check(lint)) {
      const s = p.statement;
      if (suppressingDirective(directives, rule.id, s.index)) continue;
      let text = normalized.get(s.index);
      if (text === undefined) {
        text = normalizeSql(s.text);
        normalized.set(s.index, text);
      }
      // The rule's data object is its own fresh one: completed in place rather than copied.
      const data = p.data ?? {};
      data.statement = s.index + 1;
      const finding: Finding = {
        rule: rule.id,
        severity: rule.severity,
        message: p.message,
        location: { file, line: s.startLine, column: s.startColumn, endLine: s.endLine },
        fingerprint:
          p.subject === undefined ? fingerprint(rule.id, base, text) : fingerprint(rule.id, base, text, p.subject),
        data,
      };
      if (p.fix) finding.fix = p.fix.text === undefined ? { description: p.fix.description } : p.fix;
      findings.push(finding);
    }
  }
  for (const d of directives) {
    if (d.source !== 'backend-gate') continue;
    const unused = d.rules ? [...d.rules].filter((r) => !d.used.has(r)) : d.used.size === 0 ? ['all'] : [];
    const unknown = d.names.filter((n) => !RULE_NAMES.has(n) && n !== 'all' && n !== '*');
    if (unused.length === 0 && unknown.length === 0) continue;
    const what = unknown.length
      ? `names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `\`${n}\``).join(', ')}`
      : `suppresses nothing (${unused.map((n) => `\`${n}\``).join(', ')} found nothing ${d.scope === 'file' ? 'in this file' : 'on the next statement'})`;
    findings.push({
      rule: 'unused-ignore',
      severity: 'notice',
      message: `This backend-gate-ignore comment ${what}.`,
      location: { file, line: d.line, column: 1 },
      fingerprint: fingerprint('unused-ignore', base, d.scope, d.names.join(',')),
      fix: { description: 'Remove the comment, or fix the rule name.' },
    });
  }
  findings.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  return findings;
}
