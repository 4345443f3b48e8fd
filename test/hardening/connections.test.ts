// Connection exhaustion (issue 13, point 1), as an attacker does it on loopback: one host opening
// hundreds of sockets it never uses (and never closes), a body that never ends, headers that never
// end. The flood comes from 127.0.0.2 and the visitor's probes from 127.0.0.1 (Linux routes all of
// 127.0.0.0/8 to loopback), so the per-address cap can be seen doing its work. Settings are short so
// the deadlines can be watched; every count is bounded.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { metricValue, parseRawResponse, scrape } from './support.js';

/** Long enough for the whole flood to be open before the first deadline, on a loaded machine too. */
const HEADERS_TIMEOUT_MS = 3000;
const REQUEST_TIMEOUT_MS = 4000;
const PER_ADDRESS = 40;
/** Node checks its deadlines every second at most (connections.ts): a deadline may be passed by that much, plus a loaded machine's lag. */
const SLACK_MS = 2000;

interface Held {
  socket: net.Socket;
  opened: number;
  /** When the server ended its side (FIN), and what it sent first. */
  endedAt: number | null;
  received: Buffer[];
  refused: boolean;
}

/** A socket that never sends and never closes its own side (allowHalfOpen): only the server can end it. */
function hold(port: number, localAddress: string, write?: (socket: net.Socket) => void): Promise<Held> {
  return new Promise((resolve) => {
    const held: Held = {
      socket: net.connect({ port, host: '127.0.0.1', localAddress, allowHalfOpen: true }),
      opened: Date.now(),
      endedAt: null,
      received: [],
      refused: false,
    };
    held.socket.on('data', (d: Buffer) => held.received.push(d));
    held.socket.on('end', () => {
      held.endedAt = Date.now();
    });
    held.socket.on('error', () => {
      held.refused = held.received.length === 0;
      held.endedAt ??= Date.now();
    });
    held.socket.on('connect', () => {
      write?.(held.socket);
      resolve(held);
    });
  });
}

async function settle(items: Held[], ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && items.some((h) => h.endedAt === null)) await new Promise((r) => setTimeout(r, 50));
}

describe('an idle-socket flood from one host', () => {
  let server: TestServer;
  let port: number;
  beforeAll(async () => {
    server = await startTestServer({
      env: {
        HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        KEEP_ALIVE_TIMEOUT_MS: '1000',
        MAX_CONNECTIONS_PER_ADDRESS: String(PER_ADDRESS),
      },
    });
    port = Number(new URL(server.url).port);
  });
  afterAll(() => server.close());

  it('is held to its share and closed at the headers deadline, while /healthz answers throughout', async () => {
    const probes: Array<number | string> = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        probes.push(
          await fetch(`${server.url}/healthz`).then(
            (r) => r.status,
            (e: Error) => e.message,
          ),
        );
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const flood: Held[] = [];
    for (let batch = 0; batch < 6; batch++) flood.push(...(await Promise.all(Array.from({ length: 50 }, () => hold(port, '127.0.0.2')))));
    expect(Date.now() - Math.min(...flood.map((h) => h.opened))).toBeLessThan(HEADERS_TIMEOUT_MS);
    await settle(flood, HEADERS_TIMEOUT_MS + SLACK_MS + 1000);
    probing = false;
    await prober;

    expect(probes.length).toBeGreaterThan(5);
    expect(probes.filter((p) => p !== 200)).toEqual([]);
    const refused = flood.filter((h) => h.received.length === 0);
    const admitted = flood.filter((h) => h.received.length > 0);
    // Beyond its share, a socket is closed at once without a byte.
    expect(refused).toHaveLength(300 - PER_ADDRESS);
    expect(admitted).toHaveLength(PER_ADDRESS);
    for (const h of admitted) {
      const res = parseRawResponse(Buffer.concat(h.received));
      expect(res.status).toBe(408);
      expect((res.json as { error: { code: string } }).error.code).toBe('request_timeout');
      // The server ended the connection itself (the client never did), at the deadline.
      expect(h.endedAt).not.toBeNull();
      expect(h.endedAt! - h.opened).toBeLessThan(HEADERS_TIMEOUT_MS + SLACK_MS);
    }
    const metrics = await scrape(server.url);
    expect(metricValue(metrics, 'oim_connections_refused_total', { reason: 'address' })).toBe(300 - PER_ADDRESS);
    // The server holds none of them any more although no client closed its side: only the scrape's own.
    expect(metricValue(metrics, 'oim_open_connections')).toBeLessThanOrEqual(3);
    for (const h of flood) h.socket.destroy();
  });

  it('cuts a body that never ends at REQUEST_TIMEOUT_MS, answers 408 and closes the connection', async () => {
    const trickle = await hold(port, '127.0.0.3', (socket) => {
      socket.write('POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{"message":"');
      const timer = setInterval(() => (socket.writable ? socket.write('a') : clearInterval(timer)), 100);
      socket.on('end', () => clearInterval(timer));
      socket.on('close', () => clearInterval(timer));
    });
    await settle([trickle], REQUEST_TIMEOUT_MS + SLACK_MS + 1000);
    trickle.socket.destroy();
    expect(parseRawResponse(Buffer.concat(trickle.received)).status).toBe(408);
    const took = trickle.endedAt! - trickle.opened;
    expect(took).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(took).toBeLessThan(REQUEST_TIMEOUT_MS + SLACK_MS);
  });

  it('cuts headers that never end at HEADERS_TIMEOUT_MS', async () => {
    const slow = await hold(port, '127.0.0.4', (socket) => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: '));
    await settle([slow], HEADERS_TIMEOUT_MS + SLACK_MS + 1000);
    slow.socket.destroy();
    expect(parseRawResponse(Buffer.concat(slow.received)).status).toBe(408);
    expect(slow.endedAt! - slow.opened).toBeLessThan(HEADERS_TIMEOUT_MS + SLACK_MS);
  });
});

describe('the cap on open connections overall', () => {
  let server: TestServer;
  let port: number;
  beforeAll(async () => {
    server = await startTestServer({ env: { MAX_CONNECTIONS: '100', MAX_CONNECTIONS_PER_ADDRESS: '40', HEADERS_TIMEOUT_MS: '5000' } });
    port = Number(new URL(server.url).port);
  });
  afterAll(() => server.close());

  it('refuses connections beyond it at once, however many addresses they come from', async () => {
    const held: Held[] = [];
    for (const address of ['127.0.0.5', '127.0.0.6', '127.0.0.7']) for (let i = 0; i < 40; i++) held.push(await hold(port, address));
    await new Promise((r) => setTimeout(r, 300));
    const closedAtOnce = held.filter((h) => h.endedAt !== null && h.received.length === 0);
    expect(closedAtOnce).toHaveLength(20);
    for (const h of held) h.socket.destroy();
    await new Promise((r) => setTimeout(r, 200));
    expect(metricValue(await scrape(server.url), 'oim_connections_refused_total', { reason: 'total' })).toBe(20);
  });
});
