/**
 * Whether a migration tool runs a file inside one transaction block, from the file's transaction
 * model (see sources/files.ts) and, for the models that decide by content, its statements. One
 * rule for the migrations mode and for `migrations lint`.
 */
import type { Finding } from '../report/types.js';
import { nonTransactionalStatement, type ParsedStatement } from './lint/index.js';
import type { MigrationFile } from './sources/files.js';

/** A fixed answer, or one decided from the file's parsed statements. */
export function toolWraps(f: MigrationFile): boolean | ((statements: readonly ParsedStatement[]) => boolean) {
  switch (f.transaction?.kind ?? 'autocommit') {
    case 'autocommit':
      return false;
    case 'wrapped':
      return true;
    case 'single-query':
      return (statements) => statements.length > 1;
    case 'auto-detect': // Flyway: a file of only non-transactional statements runs outside one
      return (statements) => !statements.every((s) => nonTransactionalStatement(s.ast) !== undefined);
  }
}

/** Fixes that say "the runner wraps this file in a transaction" say how this file's tool does it and how to opt out. */
export function withToolNote(findings: Finding[], f: MigrationFile): Finding[] {
  if (!f.transaction) return findings;
  for (const x of findings) {
    if (x.fix && /wraps this file in a transaction/.test(x.message)) x.fix.description = f.transaction.note;
  }
  return findings;
}
