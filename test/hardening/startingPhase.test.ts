// The seconds between binding the port and serving (issue 13, point 5; issue 14's workers): liveness
// answers at once, a visitor's question is held and answered by the app once it takes over — in a
// cluster a worker still loading would otherwise refuse every other request its sibling could serve
// — and what waits too long, or arrives past the bound, gets the 503 "starting" it always had.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startingPhase } from '../../src/serve/health/starting.js';

const servers: http.Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(options: Parameters<typeof startingPhase>[0] = {}) {
  const phase = startingPhase(options);
  const server = http.createServer(phase.handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** What the app does once loaded: echo the body it reads. */
  const takeOver = () => {
    server.removeAllListeners('request');
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d)).on('end', () => res.end(JSON.stringify({ path: req.url, body })));
    });
    phase.handOver(server);
  };
  return { url, takeOver };
}

const ask = (url: string, body: string) =>
  fetch(`${url}/api/chat`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });

describe('the starting phase', () => {
  it('answers liveness at once and readiness as not ready', async () => {
    const { url } = await serve();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('1');
  });

  it('holds a question, body unread, until the app takes over, then the app answers it', async () => {
    const { url, takeOver } = await serve();
    const answered = ask(url, '{"message":"Où est le siège ?"}');
    await new Promise((resolve) => setTimeout(resolve, 100));
    takeOver();
    const res = await answered;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ path: '/api/chat', body: '{"message":"Où est le siège ?"}' });
  });

  it('refuses with 503 "starting" what waited past the hold, and what arrives past the bound', async () => {
    const { url } = await serve({ holdMs: 50 });
    const late = await ask(url, '{}');
    expect(late.status).toBe(503);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('starting');

    const full = await serve({ maxHeld: 1 });
    const first = ask(full.url, '{"n":1}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await ask(full.url, '{"n":2}');
    expect(second.status).toBe(503);
    full.takeOver();
    expect((await first).status).toBe(200);
  });
});
