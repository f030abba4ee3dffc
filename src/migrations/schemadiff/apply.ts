/**
 * Runs a SQL file statement by statement in autocommit, the way a no-transaction migration
 * runs: one simple-query string with several statements would be an implicit transaction, in
 * which CREATE INDEX CONCURRENTLY fails.
 */
import { splitStatements } from '../lint/index.js';
import { withClient } from '../../postgres/index.js';

/** A statement of a file failed: where, and PostgreSQL's message. */
export class StatementError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly statement: string,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'StatementError';
  }
}

export async function applySql(url: string, sql: string, file: string): Promise<void> {
  const statements = await splitStatements(sql);
  await withClient(url, async (client) => {
    for (const s of statements) {
      try {
        await client.query(s.text);
      } catch (e) {
        throw new StatementError(file, s.startLine, s.text, e instanceof Error ? e.message : String(e));
      }
    }
  });
}
