/**
 * `backend-gate loadtest merge FILE…`: the shards of a job matrix, each a results file or a
 * loadtest JSON report, combined per scenario into one report (histograms merged exactly,
 * counts and throughputs added), then gated on the config's thresholds as a single run would be.
 */
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { readResultsFile } from './baseline.js';
import { combineResults } from './combine.js';
import type { ScenarioResult } from './result.js';

export function mergeShardFiles(
  files: string[],
  workingDirectory: string,
): { results: ScenarioResult[]; sources: string[] } {
  if (files.length === 0) {
    throw new ConfigurationError(
      'loadtest merge needs the shard files: backend-gate loadtest merge shard-1.json shard-2.json …',
    );
  }
  const byName = new Map<string, ScenarioResult[]>();
  const shards = new Set<string>();
  for (const f of files) {
    const file = readResultsFile(path.resolve(workingDirectory, f), 'shard file');
    if (file.shard) {
      const key = `${file.shard.index}/${file.shard.count}`;
      if (shards.has(key))
        throw new ConfigurationError(`shard ${key} appears twice; each shard file must be given once.`, { file: f });
      shards.add(key);
    }
    for (const r of file.results) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  }
  return { results: [...byName.values()].map((parts) => combineResults(parts, 'shards')), sources: files };
}
