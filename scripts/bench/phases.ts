// bench:load's attack phases (issue 13): what a hostile host does to the server while visitors keep
// coming. Each phase probes /healthz (and asks a question) from 127.0.0.1 while the attacker uses
// another loopback address (Linux routes all of 127.0.0.0/8 to loopback), so the per-address caps
// work as they would against a remote host.
// - idle: thousands of sockets that never send a byte, and slow ones that send a header line a second;
// - saturation: one address with many chats at once against a slow model.
import http from 'node:http';
import net from 'node:net';
import { percentile } from './stats.js';

const VISITOR = '127.0.0.1';
const ATTACKER = '127.0.0.2';
const SLOW_ATTACKER = '127.0.0.3';
const PROBE_EVERY_MS = 100;
const PROBE_TIMEOUT_MS = 5000;

export interface Reply {
  status: number;
  body: string;
  ms: number;
}

/** One HTTP request from a chosen local address; a failure (refused, reset, timed out) is status 0. */
export function request(
  url: string,
  path: string,
  options: { from?: string; body?: object; timeoutMs?: number; agent?: http.Agent } = {},
): Promise<Reply> {
  const started = performance.now();
  const { hostname, port } = new URL(url);
  const payload = options.body ? JSON.stringify(options.body) : undefined;
  return new Promise((resolve) => {
    const done = (status: number, body = '') => resolve({ status, body, ms: performance.now() - started });
    const req = http.request(
      {
        host: hostname,
        port,
        path,
        method: payload ? 'POST' : 'GET',
        localAddress: options.from ?? VISITOR,
        agent: options.agent ?? false,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
        timeout: options.timeoutMs ?? PROBE_TIMEOUT_MS,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => done(res.statusCode ?? 0, body));
        res.on('error', () => done(0));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => done(0));
    req.end(payload);
  });
}

export interface ProbeSummary {
  sent: number;
  failed: number;
  p50: number;
  p99: number;
  status5xx: number;
}

function summary(replies: Reply[]): ProbeSummary {
  const ms = replies.map((r) => r.ms).sort((a, b) => a - b);
  return {
    sent: replies.length,
    failed: replies.filter((r) => r.status !== 200).length,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    status5xx: replies.filter((r) => r.status >= 500).length,
  };
}

/** Calls `ask` one after the other, `pauseMs` apart, until stopped. */
function repeatWhile(ask: () => Promise<Reply>, pauseMs: number): { stop(): Promise<ProbeSummary> } {
  const replies: Reply[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      replies.push(await ask());
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return summary(replies);
    },
  };
}

/** /healthz every PROBE_EVERY_MS from the visitor's address (as an orchestrator's probe would), until stopped. */
const probeHealth = (url: string) => repeatWhile(() => request(url, '/healthz'), PROBE_EVERY_MS);
/** The visitor's questions, one at a time, until stopped. */
const askQuestions = (url: string, question: object) =>
  repeatWhile(() => request(url, '/api/chat', { body: question, timeoutMs: 60_000 }), 0);

interface HeldSocket {
  socket: net.Socket;
  connected: boolean;
  closedAt: number | null;
}

function holdSocket(port: number, from: string, drip: boolean): HeldSocket {
  const held: HeldSocket = {
    socket: net.connect({ port, host: '127.0.0.1', localAddress: from, allowHalfOpen: true }),
    connected: false,
    closedAt: null,
  };
  const closed = () => (held.closedAt ??= Date.now());
  held.socket.on('connect', () => {
    held.connected = true;
    if (!drip) return;
    held.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    // Slowloris: a header line a second, never the blank line that ends the headers.
    const timer = setInterval(() => held.socket.writable && held.socket.write(`X-${Date.now()}: y\r\n`), 1000);
    held.socket.once('close', () => clearInterval(timer));
  });
  held.socket.on('data', () => undefined);
  held.socket.on('end', closed);
  held.socket.on('close', closed);
  held.socket.on('error', closed);
  return held;
}

export interface IdleResult {
  opened: number;
  /** Closed by the server well before its headers deadline: refused, beyond the per-address cap. */
  refusedAtOnce: number;
  /** Accepted and held until the server's headers deadline closed them. */
  closedAtDeadline: number;
  stillOpen: number;
  probes: ProbeSummary;
  questions: ProbeSummary;
}

/** `idle` silent sockets and `slow` slowloris sockets held for `holdMs`, the visitor probing throughout. */
export async function idlePhase(
  url: string,
  options: { idle: number; slow: number; holdMs: number; headersTimeoutMs: number; question: object },
): Promise<IdleResult> {
  const port = Number(new URL(url).port);
  const probes = probeHealth(url);
  const questions = askQuestions(url, options.question);
  const opened = Date.now();
  const sockets: HeldSocket[] = [];
  for (let i = 0; i < options.idle + options.slow; i++) {
    sockets.push(holdSocket(port, i < options.idle ? ATTACKER : SLOW_ATTACKER, i >= options.idle));
    // Opened in bursts, as fast as a script would, without starving the probes of the event loop.
    if (i % 200 === 199) await new Promise((r) => setImmediate(r));
  }
  await new Promise((r) => setTimeout(r, options.holdMs));
  const [probed, asked] = await Promise.all([probes.stop(), questions.stop()]);
  const result: IdleResult = {
    opened: sockets.length,
    // Half the deadline: a loaded machine takes a while to accept (and refuse) two thousand sockets.
    refusedAtOnce: sockets.filter((s) => s.closedAt !== null && s.closedAt - opened < options.headersTimeoutMs / 2).length,
    closedAtDeadline: sockets.filter((s) => s.closedAt !== null && s.closedAt - opened >= options.headersTimeoutMs / 2).length,
    stillOpen: sockets.filter((s) => s.closedAt === null).length,
    probes: probed,
    questions: asked,
  };
  for (const s of sockets) s.socket.destroy();
  return result;
}

export interface SaturationResult {
  attacker: { requests: number; llm: number; busy: number; budget: number; other: number; status5xx: number; failed: number };
  visitor: { requests: number; llm: number; fallback: number; status5xx: number; failed: number; p50: number; p99: number };
  probes: ProbeSummary;
}

/** `concurrency` chats at once from one address for `ms`, while another address asks one question at a time. */
export async function saturationPhase(
  url: string,
  options: { concurrency: number; ms: number; question: object },
): Promise<SaturationResult> {
  const until = Date.now() + options.ms;
  const probes = probeHealth(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const attacker: Reply[] = [];
  const hog = Array.from({ length: options.concurrency }, async () => {
    while (Date.now() < until)
      attacker.push(await request(url, '/api/chat', { from: ATTACKER, body: options.question, timeoutMs: 60_000, agent }));
  });
  const visitor: Reply[] = [];
  const asking = (async () => {
    while (Date.now() < until) visitor.push(await request(url, '/api/chat', { body: options.question, timeoutMs: 60_000 }));
  })();
  await Promise.all([...hog, asking]);
  agent.destroy();
  const probed = await probes.stop();
  const modeOf = (r: Reply) => {
    try {
      const body = JSON.parse(r.body) as { mode?: string; fallback?: boolean; fallbackReason?: string };
      return body.fallback ? (body.fallbackReason ?? 'fallback') : body.mode;
    } catch {
      return undefined;
    }
  };
  const ok = (rs: Reply[]) => rs.filter((r) => r.status === 200);
  const visitorMs = visitor.map((r) => r.ms).sort((a, b) => a - b);
  return {
    attacker: {
      requests: attacker.length,
      llm: ok(attacker).filter((r) => modeOf(r) === 'llm').length,
      busy: ok(attacker).filter((r) => modeOf(r) === 'model_busy').length,
      budget: ok(attacker).filter((r) => modeOf(r) === 'model_budget').length,
      other: attacker.filter((r) => r.status !== 200 && r.status !== 0 && r.status < 500).length,
      status5xx: attacker.filter((r) => r.status >= 500).length,
      failed: attacker.filter((r) => r.status === 0).length,
    },
    visitor: {
      requests: visitor.length,
      llm: ok(visitor).filter((r) => modeOf(r) === 'llm').length,
      fallback: ok(visitor).filter((r) => modeOf(r) !== 'llm').length,
      status5xx: visitor.filter((r) => r.status >= 500).length,
      failed: visitor.filter((r) => r.status === 0).length,
      p50: percentile(visitorMs, 50),
      p99: percentile(visitorMs, 99),
    },
    probes: probed,
  };
}
