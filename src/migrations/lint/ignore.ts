/**
 * Ignore comments:
 *   -- backend-gate-ignore <rule>[, <rule>]: <reason>
 *        on the comment line(s) directly above a statement → that statement;
 *        in the file's header (before the first statement, separated from it by a blank line) → the whole file.
 *   -- backend-gate-ignore-file <rule>[, <rule>]: <reason>   anywhere → the whole file.
 *   -- squawk-ignore <rule>[, <rule>]        → the next statement (squawk's own comments, honoured as is).
 *   -- squawk-ignore-file [<rule>, …]        → the whole file (no rule: every rule).
 * Rule names are resolved through each rule's aliases, so squawk's spellings work.
 */
import type { ParsedFile } from './parse.js';
import { RULE_NAMES } from './rules/index.js';

export interface IgnoreDirective {
  source: 'backend-gate' | 'squawk';
  scope: 'file' | 'statement';
  /** Index of the statement it applies to (statement scope). */
  statement?: number;
  /** Names as written; empty means every rule. */
  names: string[];
  /** Rule ids the names resolve to (undefined: every rule). */
  rules?: Set<string>;
  reason?: string;
  line: number;
  /** Rule ids this directive suppressed at least once. */
  used: Set<string>;
}

const DIRECTIVE = /^--\s*(backend-gate-ignore|squawk-ignore)(-file)?(?=\s|$)(.*)$/;

function parseDirective(
  comment: string,
  line: number,
): (Omit<IgnoreDirective, 'scope' | 'statement'> & { fileWide: boolean }) | undefined {
  const m = DIRECTIVE.exec(comment);
  if (!m) return undefined;
  const source = m[1] === 'squawk-ignore' ? 'squawk' : 'backend-gate';
  let list = m[3];
  let reason: string | undefined;
  const colon = list.indexOf(':');
  if (colon !== -1) {
    reason = list.slice(colon + 1).trim() || undefined;
    list = list.slice(0, colon);
  }
  const names = list.split(/[\s,]+/).filter(Boolean);
  const all = names.length === 0 || names.some((n) => n === 'all' || n === '*');
  const rules = all ? undefined : new Set(names.flatMap((n) => RULE_NAMES.get(n) ?? []));
  return { source, names: all ? [] : names, rules, reason, line, used: new Set(), fileWide: m[2] !== undefined };
}

/** Finds every ignore directive of a parsed file. Cheap when the file has none. */
export function findIgnoreDirectives(parsed: ParsedFile): IgnoreDirective[] {
  const { source, statements } = parsed;
  if (!source.sql.includes('-ignore')) return [];
  const out: IgnoreDirective[] = [];
  const gaps: { from: number; to: number; statement?: number }[] = statements.map((s, i) => ({
    from: i === 0 ? 0 : statements[i - 1].byteAfter,
    to: s.byteStart,
    statement: i,
  }));
  gaps.push({ from: statements.length ? statements[statements.length - 1].byteAfter : 0, to: source.byteLength });
  for (const gap of gaps) {
    const text = source.slice(gap.from, gap.to);
    if (!text.includes('-ignore')) continue;
    const lines = text.split('\n');
    const firstLine = source.lineOf(gap.from);
    // The first piece of a gap after a statement is the rest of that statement's line: not a comment line of ours.
    const top = gap.from === 0 ? 0 : 1;
    // Comment lines directly above the statement (no blank line between) are attached to it.
    let attachedFrom = lines.length - 1;
    if (gap.statement !== undefined) {
      for (let k = lines.length - 2; k >= top && lines[k].trim().startsWith('--'); k--) attachedFrom = k;
    }
    for (let k = 0; k < lines.length; k++) {
      const comment = lines[k].trim();
      const parsed = parseDirective(k < top ? comment.replace(/^;?\s*/, '') : comment, firstLine + k);
      if (!parsed) continue;
      const { fileWide, ...d } = parsed;
      if (k < top && !fileWide) {
        // After a statement on its own line: it applies to no statement (reported as unused).
        out.push({ ...d, scope: 'statement', statement: -1 });
        continue;
      }
      const fileScope =
        fileWide ||
        gap.statement === undefined ||
        (d.source === 'backend-gate' && gap.statement === 0 && k < attachedFrom);
      out.push(fileScope ? { ...d, scope: 'file' } : { ...d, scope: 'statement', statement: gap.statement });
    }
  }
  return out;
}

/** The directive that suppresses a rule's finding on a statement, if any (and records the use). */
export function suppressingDirective(
  directives: IgnoreDirective[],
  rule: string,
  statement: number,
): IgnoreDirective | undefined {
  for (const d of directives) {
    if (d.scope === 'statement' && d.statement !== statement) continue;
    if (d.rules && !d.rules.has(rule)) continue;
    d.used.add(rule);
    return d;
  }
  return undefined;
}
