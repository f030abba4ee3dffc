/**
 * Index fixes as migration files: an up file (`CREATE INDEX CONCURRENTLY IF NOT EXISTS`, a name of
 * at most 63 bytes, the layout's no-transaction marker) and a rollback file (`DROP INDEX
 * CONCURRENTLY IF EXISTS`), and the proof that they work: up → rollback → up applied to a scratch
 * database, checking the catalog after each step. Shared by the migrations mode (suggest-indexes)
 * and the audit (proven suggestions).
 */
import { createHash } from 'node:crypto';
import type { Queryable } from './check.js';
import { qualify, quoteIdent } from './catalog.js';

/** PostgreSQL truncates identifiers to 63 bytes (NAMEDATALEN - 1); our names never rely on that. */
export const MAX_NAME_BYTES = 63;

/** How migration runners are told to run a file outside a transaction (CIC cannot run inside one). */
export const NO_TRANSACTION_MARKERS: Record<string, string> = {
  atlas: '-- atlas:txmode none',
  dbmate: '-- migrate:up transaction:false',
  'graphile-migrate': '--! no-transaction',
  plain: '-- Run outside a transaction block (CREATE/DROP INDEX CONCURRENTLY cannot run inside one).',
};

export interface IndexTarget {
  schema: string;
  table: string;
  /** Key columns in order (plain column names). */
  columns: string[];
  /** Partial index predicate, SQL. */
  where?: string;
}

export interface IndexFix {
  name: string;
  up: { path: string; content: string };
  rollback: { path: string; content: string };
}

/** `<table>_<columns>_idx` in lower-case words, cut with a short hash when longer than 63 bytes so it stays unique. */
export function indexNameFor(target: IndexTarget): string {
  const word = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, '_');
  const full = word(`${target.table}_${target.columns.join('_')}_idx`);
  if (Buffer.byteLength(full) <= MAX_NAME_BYTES) return full;
  const hash = createHash('sha256').update(`${target.schema}.${full}`).digest('hex').slice(0, 8);
  const room = MAX_NAME_BYTES - `_${hash}_idx`.length;
  let base = word(`${target.table}_${target.columns.join('_')}`);
  while (Buffer.byteLength(base) > room) base = base.slice(0, -1);
  return `${base}_${hash}_idx`;
}

/** A 14-digit UTC timestamp, the `<timestamp>_<slug>.sql` prefix. */
export function migrationTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function indexFixFiles(
  target: IndexTarget,
  opts: { reason: string; timestamp?: string; marker?: string; directory?: string } = { reason: '' },
): IndexFix {
  const name = indexNameFor(target);
  const timestamp = opts.timestamp ?? migrationTimestamp();
  const slug = `add_index_${name.replace(/_idx$/, '')}`.replace(/[^a-z0-9_]+/gi, '_').toLowerCase();
  const dir = opts.directory ? `${opts.directory.replace(/\/+$/, '')}/` : '';
  const marker = opts.marker ?? NO_TRANSACTION_MARKERS.plain;
  const on = `${qualify(target.schema, target.table)} (${target.columns.map(quoteIdent).join(', ')})`;
  const header = [
    marker,
    `-- backend-gate: ${opts.reason || `index on ${target.table}(${target.columns.join(', ')})`}`,
  ];
  return {
    name,
    up: {
      path: `${dir}${timestamp}_${slug}.sql`,
      content: [
        ...header,
        `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${quoteIdent(name)} ON ${on}${target.where ? ` WHERE ${target.where}` : ''};`,
        '',
      ].join('\n'),
    },
    rollback: {
      path: `${dir}${timestamp}_${slug}_rollback.sql`,
      content: [...header, `DROP INDEX CONCURRENTLY IF EXISTS ${qualify(target.schema, name)};`, ''].join('\n'),
    },
  };
}

/** The statements of a file we wrote: comment lines dropped, one statement per `;` at a line end. */
export function fileStatements(content: string): string[] {
  return content
    .split('\n')
    .filter((l) => !/^\s*--/.test(l))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface IndexFixProof {
  ok: boolean;
  steps: { step: 'up' | 'rollback' | 'up again'; ok: boolean; detail: string }[];
}

/** An index fix measured on a scratch database: the statement's estimated cost and plan before and after it. */
export interface MeasuredIndexFix {
  costBefore: number;
  costAfter: number;
  /** 1 - after / before. */
  reduction: number;
  planBefore: string;
  planAfter: string;
  fix: IndexFix;
  proof: IndexFixProof;
}

/** 1 - after / before; 0 when the cost before was 0. */
export function costReduction(before: number, after: number): number {
  return before > 0 ? 1 - after / before : 0;
}

/** An estimated plan cost as messages show it: '1,234' or '12.5'. */
export function formatCost(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: n < 100 ? 2 : 0 });
}

/** Why a measured fix is not suggested ('cost 120 → 110 (8.3% less), below the 50% needed'), or undefined. */
export function belowMinReduction(
  m: Pick<MeasuredIndexFix, 'costBefore' | 'costAfter' | 'reduction'>,
  minReduction: number,
): string | undefined {
  if (m.reduction >= minReduction) return undefined;
  const measured = `cost ${formatCost(m.costBefore)} → ${formatCost(m.costAfter)} (${(m.reduction * 100).toFixed(1)}% less)`;
  return `${measured}, below the ${Math.round(minReduction * 100)}% needed`;
}

/** Why a proof failed, step by step: 'the index files did not apply cleanly (up: …)'. */
export function proofFailure(proof: IndexFixProof): string {
  return `the index files did not apply cleanly (${proof.steps.map((s) => `${s.step}: ${s.detail}`).join('; ')})`;
}

/**
 * Applies up → rollback → up on `db` (a scratch database, autocommit: one statement per query,
 * as CONCURRENTLY needs) and checks the catalog after each step. The index is left in place.
 */
export async function proveIndexFix(db: Queryable, target: IndexTarget, fix: IndexFix): Promise<IndexFixProof> {
  const state = async (): Promise<'valid' | 'invalid' | 'absent'> => {
    const { rows } = await db.query<{ valid: boolean }>(
      `SELECT i.indisvalid AS valid FROM pg_catalog.pg_index i
         JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2`,
      [target.schema, fix.name],
    );
    return rows.length === 0 ? 'absent' : rows[0].valid ? 'valid' : 'invalid';
  };
  const steps: IndexFixProof['steps'] = [];
  const apply = async (step: IndexFixProof['steps'][number]['step'], content: string, want: 'valid' | 'absent') => {
    try {
      for (const sql of fileStatements(content)) await db.query(sql);
      const got = await state();
      steps.push({ step, ok: got === want, detail: `index ${fix.name} is ${got}` });
    } catch (e) {
      steps.push({ step, ok: false, detail: e instanceof Error ? e.message : String(e) });
    }
    return steps[steps.length - 1].ok;
  };
  // Each step only runs when the previous one left the catalog as expected.
  if (await apply('up', fix.up.content, 'valid')) {
    if (await apply('rollback', fix.rollback.content, 'absent')) await apply('up again', fix.up.content, 'valid');
  }
  return { ok: steps.length === 3 && steps.every((s) => s.ok), steps };
}
