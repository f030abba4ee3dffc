/**
 * Database-aware load tests: the scratch database the app runs against, and what it saw per
 * scenario. The runner calls start → (beforeMeasure, afterTrial) per scenario trial → finish → close.
 */
import type { Logger } from '../../log.js';
import type { Redactor } from '../../report/mask.js';
import type { Finding, Location } from '../../report/types.js';
import { adviseIndexes, indexFinding } from './missing-index.js';
import { findNPlusOne, nPlusOneFinding } from './n-plus-one.js';
import { provisionAppDatabase, type AppDatabase } from './provision.js';
import type { DatabaseProfile, DatabaseRun } from './report.js';
import type { DatabaseSettings } from './settings.js';
import { addStatements, readStatements, resetStatements, type ScenarioStatements } from './statements.js';

export type { DatabaseRun } from './report.js';

export interface ProfilerDeps {
  log: Logger;
  redactor: Redactor;
  signal: AbortSignal;
  env: NodeJS.ProcessEnv;
}

export class DatabaseProfiler {
  private readonly byScenario = new Map<string, ScenarioStatements>();

  private constructor(
    private readonly db: AppDatabase,
    private readonly settings: DatabaseSettings,
  ) {}

  /** Provisions the scratch database; a failing migration or seed comes back as a finding. */
  static async start(
    settings: DatabaseSettings,
    deps: ProfilerDeps,
  ): Promise<{ profiler: DatabaseProfiler; failure?: undefined } | { profiler?: undefined; failure: Finding }> {
    const p = await deps.log.group('loadtest: preparing the app database', () => provisionAppDatabase(settings, deps));
    if (p.failure) {
      await p.db?.close();
      return { failure: p.failure };
    }
    return { profiler: new DatabaseProfiler(p.db, settings) };
  }

  /** What the app's environment gets: the scratch database's URL under the configured name. */
  appEnv(): Record<string, string> {
    return { [this.settings.envVar]: this.db.url };
  }

  readonly beforeMeasure = async (): Promise<void> => {
    if (this.db.statements) await resetStatements(this.db.client);
  };

  async afterTrial(scenario: string, requests: number): Promise<void> {
    if (!this.db.statements) return;
    let profile = this.byScenario.get(scenario);
    if (!profile) this.byScenario.set(scenario, (profile = { scenario, requests: 0, statements: [] }));
    addStatements(profile, requests, await readStatements(this.db.client));
  }

  /** N+1 suspects and proven index suggestions, once the load is over (the app stopped). */
  async finish(
    locations: Map<string, Location | undefined>,
    deps: ProfilerDeps,
  ): Promise<{ findings: Finding[]; run: DatabaseRun }> {
    const profiles: DatabaseProfile[] = [...this.byScenario.values()].map((p) => ({
      ...p,
      suspects: findNPlusOne(p, this.settings.nPlusOneCallsPerRequest),
    }));
    const findings = profiles.flatMap((p) =>
      p.suspects.map((s) => nPlusOneFinding(p.scenario, s, locations.get(p.scenario))),
    );
    const run: DatabaseRun = { profiles, notes: [...this.db.notes], topStatements: this.settings.topStatements };
    if (this.settings.suggestIndexes && profiles.length > 0) {
      run.advice = await deps.log.group('loadtest: proving index suggestions in the scratch database', () =>
        adviseIndexes(this.db.client, profiles, {
          minCostReduction: this.settings.minCostReduction,
          topStatements: this.settings.topStatements,
          directory: this.settings.migrationsDisplay,
          redactor: deps.redactor,
          signal: deps.signal,
        }),
      );
      for (const r of run.advice.rejected) deps.log.info(`index not suggested: ${r}`);
      findings.push(...run.advice.suggestions.map(indexFinding));
    }
    return { findings, run };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
