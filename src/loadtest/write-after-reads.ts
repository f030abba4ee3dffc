/**
 * Makes autocannon time a poll round's answers before it sends the next requests, as wrk does.
 *
 * autocannon 9 writes a connection's next request from inside the handler of its answer. When
 * one poll of the event loop brings answers on many connections (the usual case at saturation),
 * the k-th answer is then timestamped only after k-1 request writes, each a loopback send of
 * several µs, so the answers late in a round read slower than they were: on an immediate-reply
 * server at 50 connections that added about 0.1 ms to p50 and more to p99 compared with wrk.
 * wrk reads every ready socket first and writes in the next round. Here each connection's
 * `_doRequest` (which stamps the request's start and writes it) is queued and run once the
 * poll phase is over (setImmediate), so the start stamps stay honest and the answers are
 * timed as they arrive.
 */
import Client from 'autocannon/lib/httpClient.js';

interface ClientLike {
  destroyed?: boolean;
}

/** `send` deferred to after the current poll phase, in order, skipping connections closed meanwhile. */
export function afterReads<C extends ClientLike>(send: (this: C) => void): (this: C) => void {
  const queue: C[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    for (const client of queue.splice(0)) if (!client.destroyed) send.call(client);
  };
  return function (this: C) {
    queue.push(this);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}

const marker = Symbol.for('backend-gate.afterReads');

/**
 * Installs `afterReads` on autocannon's HTTP client, once. False when this autocannon has no
 * such method (another major version): it then runs as shipped.
 */
export function sendAfterReads(): boolean {
  const proto = (Client as Partial<typeof Client> | undefined)?.prototype;
  const send = proto?._doRequest;
  if (!proto || typeof send !== 'function') return false;
  if (!proto[marker]) {
    proto._doRequest = afterReads(send);
    proto[marker] = true;
  }
  return true;
}
