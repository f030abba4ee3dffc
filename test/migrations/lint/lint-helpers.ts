import { lintMigrationFile, type LintFileOptions } from '../../../src/migrations/lint/index.js';
import type { Finding } from '../../../src/report/types.js';

/** Timeouts set, so timeout rules stay quiet in tests about other rules. */
export const HDR = "SET lock_timeout = '2s';\nSET statement_timeout = '10s';\n";

/** Findings of a migration, with prefer-robust-stmts off unless a test asks for it. */
export function lint(sql: string, opts: LintFileOptions = {}): Promise<Finding[]> {
  return lintMigrationFile(sql, 'db/migrations/20240101_test.sql', { exclude: ['prefer-robust-stmts'], ...opts });
}

/** Rule ids found, in file order. */
export async function ruleIds(sql: string, opts: LintFileOptions = {}): Promise<string[]> {
  return (await lint(sql, opts)).map((f) => f.rule);
}
