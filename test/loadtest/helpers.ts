/** Shared pieces for loadtest tests: a ModeContext without GitHub, and small real HTTP servers. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseConfig } from '../../src/settings/config.js';
import { buildCommonSettings } from '../../src/settings/settings.js';
import { MemoryLogger } from '../../src/log.js';
import { Redactor } from '../../src/report/mask.js';
import type { ModeContext } from '../../src/modes.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'fixtures/loadtest');

/** A context whose config is the given YAML text, as if read from <dir>/.backend-gate.yml. */
export function contextFor(yamlText: string, dir = FIXTURES): ModeContext & { log: MemoryLogger } {
  const file = path.join(dir, '.backend-gate.yml');
  const config = parseConfig(yamlText, file);
  return {
    settings: buildCommonSettings('loadtest', dir, config, {}),
    log: new MemoryLogger(),
    redactor: new Redactor(),
    env: process.env,
    signal: new AbortController().signal,
  };
}

export interface Reply {
  status: number;
  delayMs?: number;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  hits: number;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1:0 whose handler decides status and delay per request. */
export async function startServer(
  decide: (
    n: number,
    req: http.IncomingMessage,
  ) => { status: number; delayMs?: number; headers?: Record<string, string> },
): Promise<TestServer> {
  const state = { hits: 0 };
  const server = http.createServer((req, res) => {
    const n = ++state.hits;
    const d = decide(n, req);
    const reply = () => {
      const body = JSON.stringify({ n });
      res.writeHead(d.status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        ...d.headers,
      });
      res.end(body);
    };
    if (d.delayMs) setTimeout(reply, d.delayMs);
    else reply();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get hits() {
      return state.hits;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
