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
import { loadParser, parseFileSync, parseFilesSync, SqlSyntaxError, type ParsedFile } from './parse.js';
import { RULE_NAMES, RULES } from './rules/index.js';

export { splitStatements, loadParser, SqlSyntaxError, type ParsedStatement } from './parse.js';
export { nonTransactionalStatement } from './transactions.js';
export { RULES } from './rules/index.js';
export type { Rule } from './rule.js';
export type { LintOptions } from './context.js';

export interface LintFileOptions extends LintOptions {
  /** Rule ids (or aliases) not to run, e.g. from the `migrations.lint.exclude` config. */
  exclude?: string[];
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
 * Lints many files at once: they are parsed in a few batched parser calls (see parseFilesSync),
 * which is several times faster than one call per file. Returns findings per input, in order.
 */
export async function lintMigrationFiles(
  inputs: readonly { sql: string; file: string }[],
  opts: LintFileOptions = {},
): Promise<Finding[][]> {
  await loadParser();
  return lintMigrationFilesSync(inputs, opts);
}

/** lintMigrationFiles for callers that already awaited loadParser(). */
export function lintMigrationFilesSync(
  inputs: readonly { sql: string; file: string }[],
  opts: LintFileOptions = {},
): Finding[][] {
  const parsed = parseFilesSync(inputs.map((i) => i.sql));
  return inputs.map((input, k) => lintParsed(parsed[k], input.file, opts));
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
  return lintParsed(parsed, file, opts);
}

function lintParsed(parsed: ParsedFile | SqlSyntaxError, file: string, opts: LintFileOptions): Finding[] {
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
  const excluded = new Set((opts.exclude ?? []).flatMap((n) => RULE_NAMES.get(n) ?? [n]));
  const directives = findIgnoreDirectives(parsed);
  const findings: Finding[] = [];
  const normalized = new Map<number, string>();
  for (const rule of RULES) {
    if (excluded.has(rule.id)) continue;
    for (const p of rule.check(lint)) {
      const s = p.statement;
      if (suppressingDirective(directives, rule.id, s.index)) continue;
      let text = normalized.get(s.index);
      if (text === undefined) {
        text = normalizeSql(s.text);
        normalized.set(s.index, text);
      }
      const subject = p.subject === undefined ? [] : [p.subject];
      const finding: Finding = {
        rule: rule.id,
        severity: rule.severity,
        message: p.message,
        location: { file, line: s.startLine, column: s.startColumn, endLine: s.endLine },
        fingerprint: fingerprint(rule.id, base, text, ...subject),
        data: { ...p.data, statement: s.index + 1 },
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
