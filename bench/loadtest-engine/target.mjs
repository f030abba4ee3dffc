// The loopback server both generators hit: `node target.mjs PORT DELAY_MS`. DELAY_MS 0 answers
// at once (CPU-bound on 2 cores); 5 waits 5 ms per request (the stable anchor of the reference
// measurements). JSON body, content-length, keep-alive: a typical small API answer.
import http from 'node:http';

const [port = '0', delay = '0'] = process.argv.slice(2);
const delayMs = Number(delay);
const server = http.createServer((req, res) => {
  const reply = () => {
    const body = JSON.stringify({ ok: true, path: req.url });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  if (delayMs > 0) setTimeout(reply, delayMs);
  else reply();
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
