/**
 * What rules know about a file beyond one statement: which transaction each statement runs in,
 * which tables the file itself created (no lock risk: nobody else uses them yet), and the
 * server version. Computed once per file so each rule stays a few lines.
 */
import type { AlterTableCmd, AlterTableStmt, RangeVar } from 'libpg-query';
import { createdRelation, nodeAs } from './ast.js';
import type { ParsedFile, ParsedStatement, SourceFile } from './parse.js';

export interface LintOptions {
  /** The migration runner wraps the whole file in one transaction (Flyway, Prisma, golang-migrate with tx…). */
  inTransaction?: boolean;
  /** Target PostgreSQL major version; some risks differ (ADD COLUMN DEFAULT rewrites before 11). */
  postgresVersion?: number;
}

/** Default target when none is given: the embedded server's major version. */
export const DEFAULT_POSTGRES_VERSION = 18;

export interface LintStatement extends ParsedStatement {
  index: number;
  /** Inside a transaction: the runner's (inTransaction) or an explicit BEGIN. */
  inTransaction: boolean;
  /** Inside an explicit BEGIN … COMMIT of this file. */
  inExplicitTransaction: boolean;
  /** Statements with the same id run in the same transaction; -1 for autocommit. */
  transactionId: number;
}

/** One ALTER TABLE subcommand with its statement. */
export interface ExistingTableAlter {
  cmd: AlterTableCmd;
  alter: AlterTableStmt;
  statement: LintStatement;
}

const NONE: readonly LintStatement[] = [];

export class LintFile {
  readonly statements: LintStatement[];
  readonly inTransaction: boolean;
  readonly postgresVersion: number;
  /** Tables created in this file: relname → index of the creating statement. */
  private readonly created = new Map<string, { schema?: string; index: number }[]>();
  /** Statements by node kind, so a rule visits only the statements it is about. */
  private readonly byKind = new Map<string, LintStatement[]>();
  private alters: ExistingTableAlter[] | undefined;

  constructor(
    readonly file: string,
    readonly parsed: ParsedFile,
    options: LintOptions = {},
  ) {
    this.inTransaction = options.inTransaction ?? false;
    this.postgresVersion = options.postgresVersion ?? DEFAULT_POSTGRES_VERSION;
    let explicit = false;
    let txId = this.inTransaction ? 0 : -1;
    let nextTx = 1;
    this.statements = parsed.statements.map((s, index) => {
      const kind = s.kind === 'TransactionStmt' ? nodeAs(s.ast, 'TransactionStmt')?.kind : undefined;
      if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
        if (!explicit && !this.inTransaction) txId = nextTx++;
        explicit = true;
      }
      // Listed field by field (not spread) so every statement has one object shape.
      const statement: LintStatement = {
        text: s.text,
        ast: s.ast,
        kind: s.kind,
        startLine: s.startLine,
        startColumn: s.startColumn,
        endLine: s.endLine,
        byteStart: s.byteStart,
        byteEnd: s.byteEnd,
        byteAfter: s.byteAfter,
        astOffset: s.astOffset,
        index,
        inTransaction: this.inTransaction || explicit,
        inExplicitTransaction: explicit,
        transactionId: txId,
      };
      if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') {
        explicit = false;
        if (!this.inTransaction) txId = -1;
      }
      if (s.kind === 'CreateStmt' || s.kind === 'CreateTableAsStmt') this.recordCreatedTable(s, index);
      const same = this.byKind.get(s.kind);
      if (same) same.push(statement);
      else this.byKind.set(s.kind, [statement]);
      return statement;
    });
  }

  get source(): SourceFile {
    return this.parsed.source;
  }

  /** The statements of one node kind ('AlterTableStmt'…), in file order. */
  statementsOfKind(kind: string): readonly LintStatement[] {
    return this.byKind.get(kind) ?? NONE;
  }

  /**
   * Every ALTER TABLE subcommand on a table that existed before this file, in file order
   * (computed once: a dozen rules look at them).
   */
  altersOfExistingTables(): readonly ExistingTableAlter[] {
    if (this.alters) return this.alters;
    const out: ExistingTableAlter[] = [];
    for (const s of this.statementsOfKind('AlterTableStmt')) {
      const alter = nodeAs(s.ast, 'AlterTableStmt');
      if (!alter || (alter.objtype !== undefined && alter.objtype !== 'OBJECT_TABLE')) continue;
      if (this.isNewTable(alter.relation, s.index)) continue;
      for (const c of alter.cmds ?? []) {
        const cmd = nodeAs(c, 'AlterTableCmd');
        if (cmd) out.push({ cmd, alter, statement: s });
      }
    }
    this.alters = out;
    return out;
  }

  private recordCreatedTable(s: ParsedStatement, index: number): void {
    const rv = createdRelation(s.ast);
    if (!rv?.relname) return;
    const list = this.created.get(rv.relname) ?? [];
    list.push({ schema: rv.schemaname, index });
    this.created.set(rv.relname, list);
  }

  /** Whether the table was created by an earlier statement of this file (so it is empty and unused). */
  isNewTable(rv: RangeVar | undefined, before: number): boolean {
    if (!rv?.relname) return false;
    const list = this.created.get(rv.relname);
    if (!list) return false;
    return list.some((c) => c.index < before && (!c.schema || !rv.schemaname || c.schema === rv.schemaname));
  }

  /**
   * Rewrites a slice of a statement: replaces the text matched by `pattern` at an AST `location` with `replacement` (`$1` refers to groups). Returns the whole new statement, or undefined
   * when the text there does not match.
   */
  replaceAt(s: ParsedStatement, astLocation: number, pattern: RegExp, replacement: string): string | undefined {
    const byteLocation = astLocation - s.astOffset;
    if (byteLocation < s.byteStart || byteLocation >= s.byteEnd) return undefined;
    const offset = this.source.slice(s.byteStart, byteLocation).length;
    const rest = s.text.slice(offset);
    const m = pattern.exec(rest);
    if (!m || m.index !== 0) return undefined;
    return s.text.slice(0, offset) + m[0].replace(pattern, replacement) + rest.slice(m[0].length);
  }

  /** The statement's text from an AST location to its end. */
  textFrom(s: ParsedStatement, astLocation: number): string {
    const byteLocation = astLocation - s.astOffset;
    if (byteLocation <= s.byteStart) return s.text;
    return s.text.slice(this.source.slice(s.byteStart, byteLocation).length);
  }
}
