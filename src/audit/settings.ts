/**
 * Audit settings: the `audit:` section of the config overridden by flags / action inputs.
 * The database URL comes from --database-url or from the environment variable the config names;
 * a literal URL in the config is refused by the schema (only a variable name fits there).
 */
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { flagBoolean, flagList, flagString, type FlagValues, type ModeContext } from '../modes.js';

export interface AuditSettings {
  databaseUrl: string;
  /** Schemas to audit; undefined = every non-system schema. */
  schemas?: string[];
  slowStatementMs: number;
  topStatements: number;
  seqScanMinRows: number;
  minIndexScanShare: number;
  unusedIndexMinBytes: number;
  bloatMinDeadShare: number;
  bloatMinDeadRows: number;
  suggestIndexes: boolean;
  minCostReduction: number;
  /** Absolute directory for suggested index migrations, when set. */
  output?: string;
}

export const AUDIT_DEFAULTS = {
  slowStatementMs: 100,
  topStatements: 10,
  seqScanMinRows: 10_000,
  minIndexScanShare: 0.95,
  unusedIndexMinBytes: 0,
  bloatMinDeadShare: 0.2,
  bloatMinDeadRows: 10_000,
  suggestIndexes: true,
  minCostReduction: 0.5,
} as const;

interface AuditConfig {
  'database-url-env'?: string;
  schemas?: string[];
  'slow-statement-ms'?: number;
  'top-statements'?: number;
  'seq-scan-min-rows'?: number;
  'min-index-scan-share'?: number;
  'unused-index-min-bytes'?: number;
  'bloat-min-dead-share'?: number;
  'bloat-min-dead-rows'?: number;
  'suggest-indexes'?: boolean;
  'min-cost-reduction'?: number;
  output?: string;
}

export function buildAuditSettings(ctx: Pick<ModeContext, 'settings' | 'env'>, flags: FlagValues): AuditSettings {
  const { config, workingDirectory } = ctx.settings;
  const raw = (config.raw.audit ?? {}) as AuditConfig;
  const databaseUrl = resolveDatabaseUrl(ctx, flags, raw);
  const schemas = flagList(flags, 'schemas').flatMap((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
  const output = flagString(flags, 'output') ?? raw.output;
  return {
    databaseUrl,
    schemas: schemas.length > 0 ? schemas : raw.schemas,
    slowStatementMs:
      numberFlag(flags, 'slow-statement-ms') ?? raw['slow-statement-ms'] ?? AUDIT_DEFAULTS.slowStatementMs,
    topStatements: raw['top-statements'] ?? AUDIT_DEFAULTS.topStatements,
    seqScanMinRows: raw['seq-scan-min-rows'] ?? AUDIT_DEFAULTS.seqScanMinRows,
    minIndexScanShare: raw['min-index-scan-share'] ?? AUDIT_DEFAULTS.minIndexScanShare,
    unusedIndexMinBytes: raw['unused-index-min-bytes'] ?? AUDIT_DEFAULTS.unusedIndexMinBytes,
    bloatMinDeadShare: raw['bloat-min-dead-share'] ?? AUDIT_DEFAULTS.bloatMinDeadShare,
    bloatMinDeadRows: raw['bloat-min-dead-rows'] ?? AUDIT_DEFAULTS.bloatMinDeadRows,
    suggestIndexes: flagBoolean(flags, 'suggest-indexes') ?? raw['suggest-indexes'] ?? AUDIT_DEFAULTS.suggestIndexes,
    minCostReduction: raw['min-cost-reduction'] ?? AUDIT_DEFAULTS.minCostReduction,
    output: output ? path.resolve(workingDirectory, output) : undefined,
  };
}

function resolveDatabaseUrl(ctx: Pick<ModeContext, 'settings' | 'env'>, flags: FlagValues, raw: AuditConfig): string {
  const fromFlag = flagString(flags, 'database-url');
  if (fromFlag) return fromFlag;
  const { config } = ctx.settings;
  const envName = raw['database-url-env'];
  if (envName) {
    const value = ctx.env[envName];
    if (!value) {
      throw new ConfigurationError(
        `audit.database-url-env names the environment variable ${envName}, but it is not set. Set it (in a workflow: env: ${envName}: \${{ secrets.${envName} }}), or pass --database-url.`,
        { file: config.file, line: config.lineOf(['audit', 'database-url-env']) },
      );
    }
    return value;
  }
  throw new ConfigurationError(
    'audit needs a database to read: pass --database-url (action input database-url), or set audit.database-url-env in the config to the name of an environment variable that holds the URL.',
    config.found ? { file: config.file } : undefined,
  );
}

function numberFlag(flags: FlagValues, name: string): number | undefined {
  const v = flagString(flags, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0)
    throw new ConfigurationError(`Invalid --${name} '${v}'. Expected a number of milliseconds (0 or more).`);
  return n;
}
