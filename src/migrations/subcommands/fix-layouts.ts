/**
 * How an index fix is written in the migrations folder's own layout, so the project's tool runs
 * it outside a transaction (CREATE/DROP INDEX CONCURRENTLY cannot run inside one) and finds its
 * down direction where it looks for one.
 */
import { ConfigurationError } from '../../errors.js';
import {
  NO_TRANSACTION_MARKERS,
  fileStatements,
  migrationTimestamp,
  type IndexFix,
} from '../../schema-health/index-fix.js';
import { compareVersions } from '../sources/files.js';

export interface FixLayout {
  name: 'sql' | 'golang-migrate' | 'dbmate' | 'flyway';
  /** The no-transaction marker the header of each file starts with. */
  marker: string;
  /** The files of one fix, up first (dbmate keeps both directions in one file). */
  files(version: string, slug: string, fix: IndexFix): { name: string; content: string }[];
  /** Version and slug of a migration file name of this layout (undefined for other files). */
  parse(name: string): { version: string; slug: string } | undefined;
  /** The version after `last` (undefined: no migration yet). */
  next(last: string | undefined, now: Date): string;
}

/** `005` after `004` (same width); for 14-digit timestamps, now when that is later. */
function nextNumber(last: string | undefined, now: Date): string {
  const stamp = migrationTimestamp(now);
  if (last === undefined) return stamp;
  const next = (BigInt(last) + 1n).toString().padStart(last.length, '0');
  return last.length === 14 && BigInt(stamp) > BigInt(next) ? stamp : next;
}

const PREFIXED = /^(\d+)_(.+?)(_rollback)?\.sql$/;

const sql: FixLayout = {
  name: 'sql',
  marker: NO_TRANSACTION_MARKERS.plain,
  files: (v, slug, fix) => [
    { name: `${v}_${slug}.sql`, content: fix.up.content },
    { name: `${v}_${slug}_rollback.sql`, content: fix.rollback.content },
  ],
  parse: (name) => {
    const m = PREFIXED.exec(name);
    return m && !m[3] ? { version: m[1], slug: m[2] } : undefined;
  },
  next: nextNumber,
};

const golangMigrate: FixLayout = {
  name: 'golang-migrate',
  // golang-migrate sends the file as one query: one statement alone is not in a transaction block.
  marker: NO_TRANSACTION_MARKERS.plain,
  files: (v, slug, fix) => [
    { name: `${v}_${slug}.up.sql`, content: fix.up.content },
    { name: `${v}_${slug}.down.sql`, content: fix.rollback.content },
  ],
  parse: (name) => {
    const m = /^(\d+)_(.+)\.up\.sql$/.exec(name);
    return m ? { version: m[1], slug: m[2] } : undefined;
  },
  next: nextNumber,
};

const dbmate: FixLayout = {
  name: 'dbmate',
  marker: NO_TRANSACTION_MARKERS.dbmate,
  files: (v, slug, fix) => {
    const body = (content: string) => fileStatements(content).map((s) => `${s};`);
    const why = fix.up.content.split('\n').find((l) => l.startsWith('-- backend-gate:'));
    return [
      {
        name: `${v}_${slug}.sql`,
        content: [
          '-- migrate:up transaction:false',
          ...(why ? [why] : []),
          ...body(fix.up.content),
          '',
          '-- migrate:down transaction:false',
          ...body(fix.rollback.content),
          '',
        ].join('\n'),
      },
    ];
  },
  parse: (name) => {
    const m = PREFIXED.exec(name);
    return m && !m[3] ? { version: m[1], slug: m[2] } : undefined;
  },
  next: nextNumber,
};

const flyway: FixLayout = {
  name: 'flyway',
  // Flyway runs a migration outside a transaction when every statement of it must: CONCURRENTLY is.
  marker: '-- Flyway runs this file outside a transaction (CREATE/DROP INDEX CONCURRENTLY cannot run inside one).',
  files: (v, slug, fix) => [
    { name: `V${v}__${slug}.sql`, content: fix.up.content },
    { name: `U${v}__${slug}.sql`, content: fix.rollback.content },
  ],
  parse: (name) => {
    const m = /^V(\d+(?:[._]\d+)*)__(.+)\.sql$/.exec(name);
    return m ? { version: m[1].replace(/_/g, '.'), slug: m[2] } : undefined;
  },
  // The next major version: V4 after V3.2.
  next: (last) => (last === undefined ? '1' : String(BigInt(last.split('.')[0]) + 1n)),
};

const LAYOUTS: Record<FixLayout['name'], FixLayout> = { sql, 'golang-migrate': golangMigrate, dbmate, flyway };

/**
 * The fix layout for the migrations' layout. Layouts without a file pair to write (Prisma has no
 * down migrations; node-pg-migrate SQL files cannot leave their transaction; a command layout
 * has no files) get plain SQL files, but only in a folder of their own.
 */
export function fixLayoutFor(layout: string, writesIntoMigrations: boolean): FixLayout {
  const known = LAYOUTS[layout as FixLayout['name']];
  if (known) return known;
  if (writesIntoMigrations) {
    throw new ConfigurationError(
      `suggest-indexes writes migrations for plain SQL, golang-migrate, dbmate and Flyway folders, not for the ${layout} layout. Pass --output DIR (outside the migrations folder) to get plain SQL files to port.`,
    );
  }
  return sql;
}

/** Numbering: each call gives the version after the newest of `names` (migrations and files already written). */
export function versionCounter(layout: FixLayout, names: string[], now = new Date()): () => string {
  let last = names
    .map((n) => layout.parse(n)?.version)
    .filter((v): v is string => v !== undefined)
    .reduce<string | undefined>((a, b) => (a === undefined || compareVersions(b, a) > 0 ? b : a), undefined);
  return () => (last = layout.next(last, now));
}
