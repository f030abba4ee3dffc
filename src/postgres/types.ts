import type { Logger } from '../log.js';
import type { Redactor } from '../report/mask.js';

export type PostgresKind = 'url' | 'docker' | 'embedded';
export type PostgresProviderChoice = 'auto' | PostgresKind;
export const POSTGRES_PROVIDERS: readonly PostgresProviderChoice[] = ['auto', 'url', 'docker', 'embedded'];

/** A PostgreSQL server backend-gate may work on: only ever inside scratch databases it creates. */
export interface PostgresServer {
  kind: PostgresKind;
  /**
   * Where to connect to create and drop scratch databases. For a user's URL this is their
   * database: it is used to run CREATE/DROP DATABASE only, never for work.
   */
  adminUrl: string;
  /** server_version, e.g. '18.4'. */
  version: string;
  /** Major version as a number (18). */
  major: number;
  /** Stops what we started (a container, an embedded cluster) and drops scratch databases left behind. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  databaseUrl?: string;
  provider?: PostgresProviderChoice;
  /** Major version for Docker ('16'); the embedded server is always PostgreSQL 18. */
  postgresVersion?: string;
  log: Logger;
  redactor: Redactor;
  /** Aborting stops the server. */
  signal?: AbortSignal;
}
