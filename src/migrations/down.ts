/**
 * Down migrations, where the layout has them: after a new migration's up, apply its down and
 * compare the schema with the one before the up, then apply the up again and compare with the
 * one after the first up. A down that leaves something behind (or removes too much) is a finding.
 * When every statement can run in a transaction, down and up-again run inside one that is rolled
 * back, so whatever they do the database is left exactly as the first up left it.
 */
import type pg from 'pg';
import { fingerprint } from '../report/fingerprint.js';
import type { Finding } from '../report/types.js';
import { applyMigration, parseMigration, type MigrationFailure } from './apply.js';
import { nonTransactionalStatement } from './lint/index.js';
import { compareDumps, dumpCatalog, type CatalogDump } from './schemadiff/dump.js';
import type { MigrationFile } from './sources/files.js';

export interface DownCheck {
  findings: Finding[];
  /** False when the check ran outside a transaction and failed: the schema is not what the up left. */
  stateKept: boolean;
}

/** The normalized schema of the client's database, leaving the session's search_path as it was. */
export async function schemaDump(client: pg.Client): Promise<CatalogDump> {
  const saved = (await client.query<{ p: string }>("SELECT current_setting('search_path') AS p")).rows[0].p;
  try {
    return await dumpCatalog(client);
  } finally {
    await client.query("SELECT set_config('search_path', $1, false)", [saved]);
  }
}

export async function checkDownMigration(
  client: pg.Client,
  file: MigrationFile & { down: NonNullable<MigrationFile['down']> },
  beforeUp: CatalogDump,
  afterUp: CatalogDump,
): Promise<DownCheck> {
  const down: MigrationFile = { ...file, path: file.down.path, sql: file.down.sql };
  const inTransaction = (await canRunInTransaction(down)) && (await canRunInTransaction(file));
  const findings: Finding[] = [];
  if (inTransaction) await client.query('BEGIN');
  let stateKept = inTransaction;
  try {
    const d = await applyMigration(client, down);
    if (d.failure) {
      findings.push(failed(file, 'down', d.failure));
      return { findings, stateKept };
    }
    const afterDown = await schemaDump(client);
    const notRestored = compareDumps(afterDown, beforeUp);
    if (notRestored.length > 0) findings.push(incomplete(file, notRestored));
    const again = await applyMigration(client, file);
    if (again.failure) {
      findings.push(failed(file, 'up again', again.failure));
      return { findings, stateKept };
    }
    const afterAgain = await schemaDump(client);
    const differs = compareDumps(afterAgain, afterUp);
    if (differs.length > 0 && notRestored.length === 0) findings.push(incomplete(file, differs, 'up again'));
    // Outside a transaction, down + up again leave the schema as the first up did when the dumps match.
    stateKept = stateKept || differs.length === 0;
    return { findings, stateKept };
  } finally {
    if (inTransaction) await client.query('ROLLBACK').catch(() => {});
  }
}

/** No statement refuses a transaction block, and the file does not manage transactions itself. */
async function canRunInTransaction(file: MigrationFile): Promise<boolean> {
  const parsed = await parseMigration(file);
  if (!Array.isArray(parsed)) return true; // the failure is reported when it is applied
  return parsed.every((s) => s.kind !== 'TransactionStmt' && !nonTransactionalStatement(s.ast));
}

function incomplete(file: MigrationFile, differences: string[], step: 'down' | 'up again' = 'down'): Finding {
  const where = file.down!.path;
  const shown = differences.slice(0, 5).join('; ');
  const more = differences.length > 5 ? ` (and ${differences.length - 5} more)` : '';
  return {
    rule: 'down-migration-incomplete',
    severity: 'warning',
    message:
      step === 'down'
        ? `The down migration of ${file.name} does not restore the schema it started from: ${shown}${more}. A rollback in production would leave the database in a state no migration describes.`
        : `After its down migration, ${file.name} applied again gives a different schema: ${shown}${more}.`,
    location: { file: where, line: 1 },
    fingerprint: fingerprint('down-migration-incomplete', file.name, step, differences.join('\n')),
    fix: {
      description:
        'Make the down migration undo exactly what the up migration does (drop what it creates, re-create what it drops).',
    },
    data: { differences, step },
  };
}

function failed(file: MigrationFile, step: 'down' | 'up again', f: MigrationFailure): Finding {
  const where = step === 'down' ? file.down!.path : file.path;
  return {
    rule: 'down-migration-failed',
    severity: 'warning',
    message:
      step === 'down'
        ? `The down migration of ${file.name} fails at line ${f.line}: ${f.message}${f.code ? ` (SQLSTATE ${f.code})` : ''}.`
        : `${file.name} cannot be applied again after its down migration: line ${f.line}: ${f.message}${f.code ? ` (SQLSTATE ${f.code})` : ''}.`,
    location: { file: where, line: f.line, column: f.column },
    fingerprint: fingerprint('down-migration-failed', file.name, step, f.code, f.message),
    data: { step, sqlstate: f.code },
  };
}
