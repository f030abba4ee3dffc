/**
 * Process-level safety net for servers we started: on exit (sync) and on SIGINT/SIGTERM/SIGHUP
 * (async, bounded) every live server is stopped and its temp directory removed, so an
 * interrupted run leaves no stray postmaster and no data directory behind.
 */
export interface Teardown {
  /** Graceful stop (used on signals). */
  stop(): Promise<void>;
  /** Last resort inside the 'exit' event, where nothing async runs: kill and delete now. */
  killSync(): void;
}

const live = new Set<Teardown>();
let installed = false;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_EXIT_CODES: Record<(typeof SIGNALS)[number], number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export function track(t: Teardown): () => void {
  install();
  live.add(t);
  return () => live.delete(t);
}

export function liveServerCount(): number {
  return live.size;
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', () => {
    for (const t of live) {
      try {
        t.killSync();
      } catch {
        /* best effort while exiting */
      }
    }
    live.clear();
  });
  for (const sig of SIGNALS) {
    const onSignal = (): void => {
      const others = process.listenerCount(sig) - 1;
      // Servers stay tracked until their stop() finishes: if the process exits first, the
      // 'exit' hook still kills them and deletes their directories.
      const stops = [...live].map((t) => t.stop().catch(() => t.killSync()));
      const bounded = Promise.race([Promise.all(stops), new Promise((r) => setTimeout(r, 5000).unref())]);
      // When nobody else handles the signal, keep its default meaning: exit with 128+n.
      if (others === 0) void bounded.finally(() => process.exit(SIGNAL_EXIT_CODES[sig]));
    };
    process.on(sig, onSignal);
  }
}
