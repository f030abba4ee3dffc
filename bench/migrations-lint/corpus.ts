/**
 * A deterministic corpus of realistic migration files: table creations, column changes, indexes,
 * constraints, enum changes, timeouts, explicit transactions, comments with non-ASCII text —
 * the mix a few years of a real project's migrations directory has. Same seed, same files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TABLES = ['users', 'orders', 'order_items', 'products', 'invoices', 'payments', 'sessions', 'audit_log', 'teams'];
const COLUMNS = ['status', 'email', 'amount', 'currency', 'note', 'external_id', 'region', 'score', 'archived_at'];
const TYPES = [
  'text',
  'integer',
  'bigint',
  'varchar(255)',
  'timestamptz',
  'timestamp',
  'boolean',
  'numeric(12,2)',
  'jsonb',
];
const COMMENTS = [
  '-- Adds the column the billing service needs',
  '-- Café menu: naïve résumé fields (é, ü, ñ)',
  '-- 🚀 launch: new onboarding flow',
  '/* Ticket ENG-1234: speed up the dashboard query */',
  '-- 注文テーブルの索引',
];

export function generateCorpus(dir: string, count: number, seed = 42): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const files: string[] = [];
  for (let n = 1; n <= count; n++) {
    const lines: string[] = [];
    const table = pick(TABLES);
    const col = pick(COLUMNS);
    if (r() < 0.3) lines.push(pick(COMMENTS));
    if (r() < 0.35) lines.push("SET lock_timeout = '5s';", "SET statement_timeout = '30s';");
    const tx = r() < 0.3;
    if (tx) lines.push('BEGIN;');
    const statements = 1 + Math.floor(r() * 5);
    for (let k = 0; k < statements; k++) {
      const kind = Math.floor(r() * 16);
      const newTable = `${pick(TABLES)}_${n}_${k}`;
      switch (kind) {
        case 0:
        case 1:
          lines.push(
            `CREATE TABLE ${newTable} (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n` +
              `  ${table.replace(/s$/, '')}_id bigint NOT NULL REFERENCES ${table} (id),\n` +
              `  ${col} ${pick(TYPES)}${r() < 0.5 ? ' NOT NULL' : ''},\n  created_at timestamptz NOT NULL DEFAULT now()\n);`,
          );
          lines.push(`CREATE INDEX ${newTable}_${col}_idx ON ${newTable} (${col});`);
          break;
        case 2:
          lines.push(`ALTER TABLE ${table} ADD COLUMN ${col}_${n} ${pick(TYPES)};`);
          break;
        case 3:
          lines.push(
            `ALTER TABLE ${table} ADD COLUMN ${col}_${n} ${pick(TYPES)} DEFAULT ${pick(['0', "'x'", 'now()', 'random()', 'gen_random_uuid()'])};`,
          );
          break;
        case 4:
          lines.push(`CREATE INDEX ${r() < 0.5 ? 'CONCURRENTLY ' : ''}${table}_${col}_${n}_idx ON ${table} (${col});`);
          break;
        case 5:
          lines.push(
            `ALTER TABLE ${table} ADD CONSTRAINT ${table}_${col}_${n}_fk FOREIGN KEY (${col}_id) REFERENCES ${pick(TABLES)} (id)${r() < 0.5 ? ' NOT VALID' : ''};`,
          );
          break;
        case 6:
          lines.push(`ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;`);
          break;
        case 7:
          lines.push(`ALTER TABLE ${table} ALTER COLUMN ${col} TYPE ${pick(TYPES)};`);
          break;
        case 8:
          lines.push(
            `ALTER TABLE ${table} ADD CONSTRAINT ${table}_${col}_${n}_check CHECK (${col} IS NOT NULL)${r() < 0.5 ? ' NOT VALID' : ''};`,
          );
          break;
        case 9:
          lines.push(`UPDATE ${table} SET ${col} = 'done' WHERE ${col} IS NULL AND id < ${n * 1000};`);
          break;
        case 10:
          lines.push(
            `ALTER TYPE ${table}_state ADD VALUE IF NOT EXISTS 'state_${n}'${r() < 0.5 ? " AFTER 'active'" : ''};`,
          );
          break;
        case 11:
          lines.push(`DROP INDEX ${r() < 0.5 ? 'CONCURRENTLY ' : ''}IF EXISTS ${table}_old_${n}_idx;`);
          break;
        case 12:
          lines.push(`ALTER TABLE ${table} RENAME COLUMN ${col} TO ${col}_old;`);
          break;
        case 13:
          lines.push(
            `CREATE OR REPLACE FUNCTION touch_${n}() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now(); -- keep in sync; 'quoted'\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;`,
          );
          break;
        case 14:
          lines.push(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_${col}_${n}_key UNIQUE (${col});`);
          break;
        default:
          lines.push(`INSERT INTO ${table} (${col}) VALUES ('seed ${n}'), ('€ ${k}');`);
      }
    }
    if (tx) lines.push('COMMIT;');
    const file = join(dir, `${String(n).padStart(4, '0')}_migration.sql`);
    writeFileSync(file, lines.join('\n') + '\n');
    files.push(file);
  }
  return files;
}
