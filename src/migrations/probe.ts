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

export class BlockingProbe {
  private constructor(
    private readonly reader: pg.Client,
    private readonly writer: pg.Client,
    private readonly monitor: pg.Client,
  ) {}

  static async open(url: string): Promise<BlockingProbe> {
    const clients = await Promise.all([
      connect(url, 'backend-gate probe'),
      connect(url, 'backend-gate probe'),
      connect(url, 'backend-gate monitor'),
    ]);
    return new BlockingProbe(clients[0], clients[1], clients[2]);
  }

  async close(): Promise<void> {
    await Promise.all([this.reader, this.writer, this.monitor].map((c) => c.end().catch(() => {})));
  }

  /** Runs `statement` while probing `targets`; resolves with the statement's result and what the probes saw. */
  /**
   * `statement` gets a checkpoint to call while it still holds its locks: it samples the probes
   * once more and, when the locks are known to conflict with writes, gives the write probe a few
   * milliseconds to reach them, so a statement that ends quickly is still seen blocking.
   */
  async during<T>(
    targets: Target[],
    statement: (checkpoint: (expectWait: boolean) => Promise<void>) => Promise<T>,
  ): Promise<{ result: T; probe: ProbeResult }> {
    const pids = await Promise.all(
      [this.reader, this.writer].map(
        async (c) => (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid,
      ),
    );
    const state = { done: false, waiting: new Set<number>() };
    const monitorLoop = (async () => {
      while (!state.done) {
        const r = await this.monitor.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE pid = ANY($1) AND wait_event_type = 'Lock'",
          [pids],
        );
        for (const row of r.rows) state.waiting.add(row.pid);
        await sleep(5);
      }
    })();
    // Observed below; this keeps a failure that happens while the statement fails from being unhandled.
    monitorLoop.catch(() => {});
    const loop = async (client: pg.Client, pid: number, sqls: string[]) => {
      let blocked = 0;
      let count = 0;
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
        await sleep(2);
      }
      return { blocked, count };
    };
    const reads = loop(
      this.reader,
      pids[0],
      targets.map((t) => t.read),
    );
    const writes = loop(
      this.writer,
      pids[1],
      targets.map((t) => t.write),
    );
    // Let the first probes start, so a statement that locks at once finds them queued behind it.
    await sleep(20);
    const checkpoint = async (expectWait: boolean): Promise<void> => {
      const deadline = performance.now() + (expectWait ? 25 : 0);
      for (;;) {
        const r = await this.monitor.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE pid = ANY($1) AND wait_event_type = 'Lock'",
          [pids],
        );
        for (const row of r.rows) state.waiting.add(row.pid);
        if (r.rows.length > 0 || performance.now() >= deadline) return;
        await sleep(2);
      }
    };
    let result: T;
    try {
      result = await statement(checkpoint);
    } catch (e) {
      // Wait for the probes to stop before the caller closes their sessions or drops the database.
      state.done = true;
      this.monitor.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [pids]).catch(() => {});
      await Promise.allSettled([reads, writes, monitorLoop]);
      throw e;
    } finally {
      state.done = true;
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
