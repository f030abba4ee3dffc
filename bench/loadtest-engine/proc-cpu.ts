/** CPU time of a process from Linux /proc (undefined elsewhere): what the bench reports per request. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const clockTicks = (() => {
  const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return Number(r.stdout?.trim()) || 100;
})();

/** Own and waited-for children's CPU seconds from a /proc/<pid>/stat line (fields after "(comm)"). */
export function cpuFields(statLine: string): { self: number; children: number } {
  const f = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  // f[0] is field 3 (state), so utime (field 14) is f[11], then stime, cutime, cstime.
  const n = (i: number) => Number(f[i]) / clockTicks;
  return { self: n(11) + n(12), children: n(13) + n(14) };
}

/** CPU seconds a running process has used so far; undefined off Linux or once it is gone. */
export function processCpu(pid: number | undefined): number | undefined {
  if (pid === undefined || !Number.isInteger(pid)) return undefined;
  try {
    return cpuFields(readFileSync(`/proc/${pid}/stat`, 'utf8')).self;
  } catch {
    return undefined;
  }
}
