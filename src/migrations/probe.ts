/**
 * Blocking probe: while a PR statement runs, two more sessions keep reading (SELECT) and writing
 * (an UPDATE … WHERE false: the table lock of a write, no change) the tables it touches, and a third samples
 * pg_stat_activity for probes waiting on a lock. "Blocked writes for N ms" is the longest write
 * probe that was seen waiting on a lock: measured, not inferred from the lock mode.
 */
import type pg from 'pg';
import { connect, quoteIdent } from '../postgres/index.js';

export interface ProbeResult {
  tables: string[];
  /** Longest read / write probe seen waiting on a lock, ms (0: never blocked). */
  readBlockedMs: number;
  writeBlockedMs: number;
  reads: number;
  writes: number;
}

interface Target {
  relation: string;
  read: string;
  write: string;
}

/** Tables (that exist now) named anywhere in the statement's AST. */
export async function touchedTables(client: pg.Client, ast: unknown): Promise<Target[]> {
  const names = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (typeof o.relname === 'string')
        names.add(
          o.schemaname ? `${quoteIdent(String(o.schemaname))}.${quoteIdent(o.relname)}` : quoteIdent(o.relname),
        );
      Object.values(o).forEach(walk);
    }
  };
  walk(ast);
  if (names.size === 0) return [];
  const r = await client.query<{ relation: string; col: string | null }>(
    `SELECT n.nspname || '.' || c.relname AS relation,
            (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
               AND a.attgenerated = '' AND a.attidentity <> 'a' ORDER BY a.attnum LIMIT 1) AS col,
            quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qualified
       FROM unnest($1::text[]) AS x(name)
       JOIN pg_class c ON c.oid = to_regclass(x.name)
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p')`,
    [[...names]],
  );
  return r.rows.flatMap((row) => {
    const q = (row as unknown as { qualified: string }).qualified;
    if (!row.col) return [];
    const col = quoteIdent(row.col);
    return [
      {
        relation: row.relation,
        read: `SELECT 1 FROM ${q} LIMIT 1`,
        // WHERE false changes nothing, yet takes ROW EXCLUSIVE on the table as any write does.
        write: `UPDATE ${q} SET ${col} = ${col} WHERE false`,
      },
    ];
  });
}

/** Which of the probe sessions ($1) wait on a lock now: pg_stat_activity's rows of just those pids. */
const WAITING_SQL =
  "SELECT s.pid FROM unnest($1::int[]) AS p(pid), pg_stat_get_activity(p.pid) AS s WHERE s.wait_event_type = 'Lock'";

/** Which probes the statement's locks should make wait (what the checkpoint waits to see). */
export interface ExpectedWaits {
  reads: boolean;
  writes: boolean;
}

export class BlockingProbe {
  private constructor(
    private readonly reader: pg.Client,
    private readonly writer: pg.Client,
    private readonly monitor: pg.Client,
    /** Backend pids of the reader and the writer. */
    private readonly pids: number[],
  ) {}

  static async open(url: string): Promise<BlockingProbe> {
    const opened = await Promise.allSettled([
      connect(url, 'backend-gate probe'),
      connect(url, 'backend-gate probe'),
      connect(url, 'backend-gate monitor'),
    ]);
    const clients = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    try {
      const failed = opened.find((o) => o.status === 'rejected');
      if (failed) throw failed.reason;
      const pids = await Promise.all(
        clients
          .slice(0, 2)
          .map(async (c) => (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid),
      );
      return new BlockingProbe(clients[0], clients[1], clients[2], pids);
    } catch (e) {
      await Promise.all(clients.map((c) => c.end().catch(() => {})));
      throw e;
    }
  }

  /** The probe's sessions, for read-only catalog work while no statement is probed (schema-health checks). */
  sessions(): pg.Client[] {
    return [this.reader, this.writer, this.monitor];
  }

  async close(): Promise<void> {
    await Promise.all([this.reader, this.writer, this.monitor].map((c) => c.end().catch(() => {})));
  }

  /** Runs `statement` while probing `targets`; resolves with the statement's result and what the probes saw. */
  /**
   * `statement` gets a checkpoint to call while it still holds its locks: it samples the probes
   * once more and, for the probes its locks conflict with (reads, writes), gives them a few
   * milliseconds to reach those locks, so a statement that ends quickly is still seen blocking.
   */
  async during<T>(
    targets: Target[],
    statement: (checkpoint: (expect: ExpectedWaits) => Promise<void>) => Promise<T>,
  ): Promise<{ result: T; probe: ProbeResult }> {
    const pids = this.pids;
    let finish = (): void => {};
    const finished = new Promise<void>((r) => (finish = r));
    // At the checkpoint the probes stop pausing between rounds: the next one reaches the lock now.
    let hurry = (): void => {};
    const hurried = new Promise<void>((r) => (hurry = r));
    const state = { done: false, waiting: new Set<number>() };
    const end = (): void => {
      state.done = true;
      finish();
    };
    // A pause between samples or probes that ends at once when the statement is over.
    const pause = (ms: number) => Promise.race([sleep(ms), finished]);
    const monitorLoop = (async () => {
      while (!state.done) {
        const r = await this.monitor.query<{ pid: number }>(WAITING_SQL, [pids]);
        for (const row of r.rows) state.waiting.add(row.pid);
        await pause(5);
      }
    })();
    // Observed below; this keeps a failure that happens while the statement fails from being unhandled.
    monitorLoop.catch(() => {});
    const loop = async (client: pg.Client, pid: number, sqls: string[], firstRound: () => void) => {
      let blocked = 0;
      let count = 0;
      try {
        while (!state.done) {
          for (const sql of sqls) {
            state.waiting.delete(pid);
            const t0 = performance.now();
            const ok = await client.query(sql).then(
              () => true,
              () => false,
            );
            const ms = performance.now() - t0;
            if (!ok) return { blocked, count }; // cancelled: the statement is over
            count++;
            if (state.waiting.has(pid)) blocked = Math.max(blocked, ms);
          }
          firstRound();
          await Promise.race([pause(2), hurried]);
        }
        return { blocked, count };
      } finally {
        firstRound();
      }
    };
    const rounds: Promise<void>[] = [];
    const [reads, writes] = [
      { client: this.reader, pid: pids[0], sqls: targets.map((t) => t.read) },
      { client: this.writer, pid: pids[1], sqls: targets.map((t) => t.write) },
    ].map((p) => {
      let firstRound = (): void => {};
      rounds.push(new Promise<void>((r) => (firstRound = r)));
      return loop(p.client, p.pid, p.sqls, firstRound);
    });
    // Both probes are running (one round done) before the statement starts, so a statement that
    // locks at once finds them queued behind it. Bounded: a probe waiting on someone else's lock
    // must not hold the statement back.
    await Promise.race([Promise.all(rounds), sleep(50)]);
    const checkpoint = async (expect: ExpectedWaits): Promise<void> => {
      const expected = [expect.reads && pids[0], expect.writes && pids[1]].filter((p): p is number => p !== false);
      if (expected.length > 0) hurry();
      const deadline = performance.now() + (expected.length > 0 ? 25 : 0);
      for (;;) {
        const r = await this.monitor.query<{ pid: number }>(WAITING_SQL, [pids]);
        for (const row of r.rows) state.waiting.add(row.pid);
        const seen = expected.every((p) => state.waiting.has(p));
        if ((expected.length > 0 ? seen : r.rows.length > 0) || performance.now() >= deadline) return;
        await sleep(1);
      }
    };
    let result: T;
    try {
      result = await statement(checkpoint);
    } catch (e) {
      // Wait for the probes to stop before the caller closes their sessions or drops the database.
      end();
      this.monitor.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [pids]).catch(() => {});
      await Promise.allSettled([reads, writes, monitorLoop]);
      throw e;
    } finally {
      end();
    }
    // A probe still waiting after the statement's transaction ended waits on someone else: cancel it.
    const cancel = setTimeout(() => {
      this.monitor.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [pids]).catch(() => {});
    }, 2000);
    const [r, w] = await Promise.all([reads, writes, monitorLoop]).finally(() => clearTimeout(cancel));
    return {
      result,
      probe: {
        tables: targets.map((t) => t.relation),
        readBlockedMs: Math.round(r.blocked),
        writeBlockedMs: Math.round(w.blocked),
        reads: r.count,
        writes: w.count,
      },
    };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
