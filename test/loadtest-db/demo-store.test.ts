import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../loadtest/helpers.js';

test('without DATABASE_URL the demo app keeps its data in memory (seeded), as before', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(ROOT, 'fixtures/demo/app/server.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        const m = /listening on (http:\/\/\S+)/.exec(d.toString());
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const orders = (await (await fetch(`${url}/orders?user_id=1&limit=50`)).json()) as { user_id: number }[];
    assert.equal(orders.length, 4);
    assert.ok(orders.every((o) => o.user_id === 1));
  } finally {
    child.kill('SIGTERM');
  }
});
