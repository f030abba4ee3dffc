/** The shape every lint rule has: one file per rule under rules/, listed in rules/index.ts. */
import type { AlterTableCmd, AlterTableStmt, Node } from 'libpg-query';
import type { Fix, Severity } from '../../report/types.js';
import { nodeAs, type NodeBody, type NodeKind } from './ast.js';
import type { LintFile, LintStatement } from './context.js';

/** One thing a rule found in one statement. */
export interface Problem {
  statement: LintStatement;
  /** One sentence naming the table/column and the lock. */
  message: string;
  /** What the problem is about inside the statement (a column, a constraint), for the fingerprint. */
  subject?: string;
  fix?: Fix;
  data?: Record<string, unknown>;
}

export interface Rule {
  /** kebab-case id, the same as squawk's where the rule is the same (so `-- squawk-ignore` maps 1:1). */
  id: string;
  severity: Severity;
  /** One line: what the rule asks for. */
  doc: string;
  /** Why it matters: the lock it takes and what it blocks, in words a reviewer understands. */
  why: string;
  /** The safer way, in one line. */
  fixHint: string;
  /** Other names accepted in ignore comments (squawk's spelling, older names). */
  aliases?: string[];
  check(file: LintFile): Problem[];
}

/** Runs `fn` on the body of every statement of one kind; collects what it returns. */
export function eachStatement<K extends NodeKind>(
  file: LintFile,
  kind: K,
  fn: (body: NodeBody<K>, s: LintStatement) => Problem | Problem[] | undefined,
): Problem[] {
  const out: Problem[] = [];
  for (const s of file.statementsOfKind(kind)) {
    const body = nodeAs(s.ast, kind);
    if (body === undefined) continue;
    const r = fn(body, s);
    if (Array.isArray(r)) out.push(...r);
    else if (r) out.push(r);
  }
  return out;
}

/**
 * Runs `fn` on every ALTER TABLE subcommand of a table that existed before this file
 * (tables the file created are empty and unused, so their locks cost nothing).
 */
export function eachAlterOfExistingTable(
  file: LintFile,
  fn: (cmd: AlterTableCmd, alter: AlterTableStmt, s: LintStatement) => Problem | Problem[] | undefined,
): Problem[] {
  const out: Problem[] = [];
  for (const a of file.altersOfExistingTables()) {
    const r = fn(a.cmd, a.alter, a.statement);
    if (Array.isArray(r)) out.push(...r);
    else if (r) out.push(r);
  }
  return out;
}

/** Whether an ALTER TABLE has exactly one subcommand (so a fix can rewrite its text safely). */
export function isSingleCommand(alter: AlterTableStmt): boolean {
  return (alter.cmds?.length ?? 0) === 1;
}

/** The statement text with a `;`, as a fix shows it. */
export function sqlOf(text: string): string {
  return text.endsWith(';') ? text : `${text};`;
}

/** The body of a list item that is a ColumnDef. */
export function columnDefOf(node: Node | undefined): NodeBody<'ColumnDef'> | undefined {
  return nodeAs(node, 'ColumnDef');
}
