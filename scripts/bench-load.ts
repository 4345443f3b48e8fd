// npm run bench:load — load test of the offline chat API (not a test of the suite).
// Starts the real server (what npm start runs, bench/server.ts; offline, info logs, rate limit out of the way) in a
// child process, then runs autocannon from another child process: 10,000 POST /api/chat at
// concurrency 64 over a few different questions. Reports throughput, latency p50/p99, errors and
// dropped connections, 5xx counted by the client and by the server's own metrics, the server's RSS
// before and after (from /proc/<pid>/status, else its /metrics), and the event-loop delay p99
// during the run (perf_hooks.monitorEventLoopDelay via /metrics); then a second identical round shows
// whether memory keeps growing. Then two attack phases (issue 13, scripts/bench/phases.ts): an idle
// and slow-connection flood from one address, and one address saturating a slow model, each with a
// visitor probing /healthz and asking questions from another address. Exits 1 if any request of the
// run, any health probe or any visitor's question failed, or anything answered 5xx.
//
//   npm run bench:load [-- --amount 10000 --connections 64 --warmup 500 --idle 2000 --slow 100]
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { parseCli, runCli } from './lib/cli.js';
import { startFakeOpenAI } from '../test/helpers/fakeOpenAI.js';
import { type IdleResult, idlePhase, type SaturationResult, saturationPhase } from './bench/phases.js';
import { BENCH_METRICS_TOKEN, metricsText, startBenchServer } from './bench/server.js';
import { fmt, markdownTable } from './bench/stats.js';

const QUESTIONS: Array<{ message: string; history?: Array<{ role: 'user' | 'assistant'; content: string }> }> = [
  { message: 'Quels sont les objectifs de l’OIM ?' },
  { message: "What are IOM's objectives?" },
  { message: 'Combien d’États membres compte l’OIM ?' },
  { message: 'How many member states does IOM have?' },
  { message: 'Quand l’OIM a-t-elle été créée ?' },
  { message: 'Dans combien de pays l’OIM a-t-elle des bureaux ?' },
  { message: 'Quelle est la recette de la ratatouille ?' },
  {
    message: 'et les observateurs ?',
    history: [
      { role: 'user', content: 'Combien d’États membres compte l’OIM ?' },
      { role: 'assistant', content: '175 États Membres [1]' },
    ],
  },
];

interface ClientResult {
  requests: number;
  durationS: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  status2xx: number;
  non2xx: number;
  status4xx: number;
  status5xx: number;
  errors: number;
  timeouts: number;
  resets: number;
  mismatches: number;
}

// ------------------------------------------------------------------ client process

async function runClient(url: string, amount: number, connections: number): Promise<ClientResult> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    amount,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/api/chat',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(QUESTIONS[next++ % QUESTIONS.length]) }),
      },
    ],
  });
  return {
    requests: result.requests.total,
    durationS: result.duration,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    status2xx: result['2xx'],
    non2xx: result.non2xx,
    status4xx: result['4xx'],
    status5xx: result['5xx'],
    errors: result.errors,
    timeouts: result.timeouts,
    resets: result.resets,
    mismatches: result.mismatches,
  };
}

/** Runs the client in its own process, so that it does not share an event loop with anything measured. */
function clientProcess(url: string, amount: number, connections: number): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--client', url, String(amount), String(connections)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the load client exited with code ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as ClientResult);
    });
  });
}

// ------------------------------------------------------------------ server figures

function metric(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    if (Object.entries(labels).every(([k, v]) => (match[2] ?? '').includes(`${k}="${v}"`))) total += Number(match[3]);
  }
  return total;
}

/** Sum of oim_http_requests_total on /api/chat whose status starts with `prefix`. */
function chatStatuses(text: string, prefix: string): number {
  return text
    .split('\n')
    .filter((l) => l.startsWith('oim_http_requests_total{') && l.includes('route="/api/chat"') && new RegExp(`status="${prefix}`).test(l))
    .reduce((sum, l) => sum + Number(l.split(/\s+/).pop()), 0);
}

const scrape = metricsText;

/** Resident set size of another process, in MB: /proc on Linux, else the server's own gauge. */
async function rssMb(pid: number, metricsText: string): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const kb = status ? /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] : undefined;
  return kb ? Number(kb) / 1024 : metric(metricsText, 'process_resident_memory_bytes') / 1024 / 1024;
}

// ------------------------------------------------------------------ main

const signedMb = (mb: number) => `${mb >= 0 ? '+' : ''}${mb.toFixed(1)} MB`;

async function bench(): Promise<void> {
  const { values } = parseCli(
    {
      amount: { type: 'string', default: '10000' },
      connections: { type: 'string', default: '64' },
      warmup: { type: 'string', default: '500' },
      idle: { type: 'string', default: '2000' },
      slow: { type: 'string', default: '100' },
    },
    'npm run bench:load [-- --amount N --connections N --warmup N --idle N --slow N]',
  );
  const amount = Number(values.amount);
  const connections = Number(values.connections);
  const warmup = Number(values.warmup);
  process.stderr.write('starting the server (offline; builds its index in a temp folder)…\n');
  const server = await startBenchServer({
    LOG_LEVEL: 'info',
    OPENAI_API_KEY: '',
    OPENAI_BASE_URL: '',
    RATE_LIMIT_MAX: '100000000',
    ADMIN_TOKEN: '',
    STAFF_TOKEN: '',
    METRICS_TOKEN: BENCH_METRICS_TOKEN,
    // Short enough for the idle phase to see its sockets closed; no effect on the load itself.
    HEADERS_TIMEOUT_MS: String(IDLE_HEADERS_TIMEOUT_MS),
  });
  try {
    const rssReady = await rssMb(server.pid, await scrape(server.url));
    process.stderr.write(`warm-up: ${warmup} requests…\n`);
    const warm = await clientProcess(server.url, warmup, connections);
    if (warm.non2xx || warm.errors) throw new Error(`warm-up failed: ${JSON.stringify(warm)}`);
    // This scrape also resets the event-loop delay histogram, so the next one covers the run only.
    const before = await scrape(server.url);
    const rssBefore = await rssMb(server.pid, before);
    process.stderr.write(`load: ${amount} POST /api/chat at concurrency ${connections}…\n`);
    const run = await clientProcess(server.url, amount, connections);
    const after = await scrape(server.url);
    const rssAfter = await rssMb(server.pid, after);
    const eventLoopP99 = metric(after, 'nodejs_eventloop_lag_p99_seconds') * 1000;
    const eventLoopMax = metric(after, 'nodejs_eventloop_lag_max_seconds') * 1000;
    const server5xx = chatStatuses(after, '5') - chatStatuses(before, '5');
    const server2xx = chatStatuses(after, '2') - chatStatuses(before, '2');
    const refusals = metric(after, 'oim_chat_refusals_total') - metric(before, 'oim_chat_refusals_total');
    // A second identical round: memory that keeps growing would be a leak, a plateau is the heap's size.
    process.stderr.write('second round, for the memory trend…\n');
    const again = await clientProcess(server.url, amount, connections);
    const rssAgain = await rssMb(server.pid, await scrape(server.url));

    const rows: Array<[string, string]> = [
      ['requests (client)', fmt.int(run.requests)],
      ['2xx (client / server metrics)', `${fmt.int(run.status2xx)} / ${fmt.int(server2xx)}`],
      ['5xx (client / server metrics)', `${run.status5xx} / ${server5xx}`],
      ['other non-2xx', String(run.non2xx - run.status5xx)],
      ['errors / timeouts / resets (dropped connections)', `${run.errors} / ${run.timeouts} / ${run.resets}`],
      ['concurrency', String(connections)],
      ['duration', `${run.durationS.toFixed(1)} s`],
      ['throughput', `${fmt.int(run.rps)} req/s`],
      ['latency p50 / p90 / p99 / max', `${run.p50} / ${run.p90} / ${run.p99} / ${run.max} ms`],
      ['event-loop delay p99 / max (server, during the run)', `${fmt.ms(eventLoopP99)} / ${fmt.ms(eventLoopMax)} ms`],
      [
        'RSS at ready / before run (after warm-up) / after run',
        `${rssReady.toFixed(0)} / ${rssBefore.toFixed(0)} / ${rssAfter.toFixed(0)} MB`,
      ],
      ['RSS drift over the run', signedMb(rssAfter - rssBefore)],
      [
        'RSS after a second identical round (drift over it)',
        `${rssAgain.toFixed(0)} MB (${signedMb(rssAgain - rssAfter)}; ${fmt.int(again.rps)} req/s, p99 ${again.p99} ms)`,
      ],
      [
        'second round: non-2xx / errors / timeouts / resets',
        `${again.non2xx} / ${again.errors} / ${again.timeouts} / ${again.resets} (${fmt.int(again.requests)} requests)`,
      ],
      ['refusals among the answers (off-topic question)', fmt.int(refusals)],
    ];
    process.stdout.write(
      `\nOffline POST /api/chat, ${QUESTIONS.length} different questions, node ${process.version}\n\n${markdownTable(['measure', 'value'], rows)}\n`,
    );
    process.stderr.write(`idle phase: ${values.idle} silent and ${values.slow} slow sockets from one address for ${IDLE_HOLD_MS} ms…\n`);
    const idle = await idlePhase(server.url, {
      idle: Number(values.idle),
      slow: Number(values.slow),
      holdMs: IDLE_HOLD_MS,
      headersTimeoutMs: IDLE_HEADERS_TIMEOUT_MS,
      question: QUESTIONS[0],
    });
    const afterIdle = await scrape(server.url);
    const idle5xx = chatStatuses(afterIdle, '5') - chatStatuses(after, '5');
    process.stdout.write(`\n${idleTable(idle, afterIdle, idle5xx)}\n`);
    const saturation = await modelSaturation();
    process.stdout.write(`\n${saturationTable(saturation)}\n`);

    const failed = [run, again].reduce((n, r) => n + r.non2xx + r.errors + r.timeouts + r.resets, server5xx);
    const phaseFailures =
      idle.probes.failed +
      idle.questions.failed +
      idle5xx +
      idle.stillOpen +
      saturation.probes.failed +
      saturation.attacker.status5xx +
      saturation.visitor.status5xx +
      saturation.visitor.failed;
    if (failed || run.requests < amount || phaseFailures) {
      process.stdout.write(
        `\nFAILED: ${failed} failed requests, ${run.requests}/${amount} completed; ${phaseFailures} failures in the attack phases\n`,
      );
      process.exitCode = 1;
    } else
      process.stdout.write('\nOK: zero 5xx, zero errors, zero dropped connections; every health probe answered in both attack phases\n');
  } finally {
    await server.stop();
  }
}

const IDLE_HEADERS_TIMEOUT_MS = 5000;
/** Past the headers deadline and Node's one-second check, so every accepted socket is seen closed. */
const IDLE_HOLD_MS = IDLE_HEADERS_TIMEOUT_MS + 3000;
const MODEL_DELAY_MS = 1500;
const SATURATION_MS = 15_000;
/** As the attack of issue 13: twenty chats at once from one address, below its rate limit at first. */
const SATURATION_CONCURRENCY = 20;
/** The shipped per-client limit (the load run above lifts it): beyond it the flood is answered 429, as it would be. */
const SATURATION_RATE_LIMIT = '30';

function idleTable(idle: IdleResult, metricsText: string, chat5xx: number): string {
  const rows: Array<[string, string]> = [
    ['sockets opened by one host (silent / slowloris)', fmt.int(idle.opened)],
    ['closed at once (beyond the per-address cap)', fmt.int(idle.refusedAtOnce)],
    [`closed by the server at its deadline (HEADERS_TIMEOUT_MS=${IDLE_HEADERS_TIMEOUT_MS})`, fmt.int(idle.closedAtDeadline)],
    [`still open after ${IDLE_HOLD_MS} ms`, fmt.int(idle.stillOpen)],
    ['connections refused (server metrics, total)', fmt.int(metric(metricsText, 'oim_connections_refused_total'))],
    [
      'health probes from another address: sent / failed, p50 / p99',
      `${idle.probes.sent} / ${idle.probes.failed}, ${fmt.ms(idle.probes.p50)} / ${fmt.ms(idle.probes.p99)} ms`,
    ],
    [
      'its questions meanwhile: asked / failed / 5xx, p50 / p99',
      `${idle.questions.sent} / ${idle.questions.failed} / ${idle.questions.status5xx + chat5xx}, ${fmt.ms(idle.questions.p50)} / ${fmt.ms(idle.questions.p99)} ms`,
    ],
  ];
  return `Idle-connection phase\n\n${markdownTable(['measure', 'value'], rows)}`;
}

function saturationTable(s: SaturationResult): string {
  const rows: Array<[string, string]> = [
    [
      `one address, ${SATURATION_CONCURRENCY} chats at once for ${SATURATION_MS / 1000} s (RATE_LIMIT_MAX=${SATURATION_RATE_LIMIT}): requests (model / offline: busy, budget)`,
      `${fmt.int(s.attacker.requests)} (${s.attacker.llm} / ${s.attacker.busy}, ${s.attacker.budget})`,
    ],
    ['its 4xx (429 past its rate limit) / 5xx / failed', `${s.attacker.other} / ${s.attacker.status5xx} / ${s.attacker.failed}`],
    ['another address meanwhile, one question at a time: model answers / offline', `${s.visitor.llm} / ${s.visitor.fallback}`],
    [
      'its 5xx / failed, latency p50 / p99',
      `${s.visitor.status5xx} / ${s.visitor.failed}, ${fmt.ms(s.visitor.p50)} / ${fmt.ms(s.visitor.p99)} ms`,
    ],
    [
      'health probes from another address: sent / failed, p50 / p99',
      `${s.probes.sent} / ${s.probes.failed}, ${fmt.ms(s.probes.p50)} / ${fmt.ms(s.probes.p99)} ms`,
    ],
  ];
  return `Model-saturation phase (a model that takes ${MODEL_DELAY_MS} ms, default shares and budgets)\n\n${markdownTable(['measure', 'value'], rows)}`;
}

/** A second server with a slow fake model, so that one address can try to hold all of it. */
async function modelSaturation(): Promise<SaturationResult> {
  // biome-ignore lint/suspicious/noThenProperty: the fake model's behaviour type (test/helpers/fakeOpenAI.ts) names its next step 'then'
  const slow = { kind: 'delay', ms: MODEL_DELAY_MS, then: { kind: 'reply', content: "L'OIM compte 175 États Membres [1]." } } as const;
  const fake = await startFakeOpenAI({ chat: [slow] });
  process.stderr.write('model-saturation phase: starting a server with a slow model…\n');
  const server = await startBenchServer({
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_API_KEY: 'bench',
    MODEL_MAX_RETRIES: '0',
    RATE_LIMIT_MAX: SATURATION_RATE_LIMIT,
    LOG_LEVEL: 'warn',
    METRICS_TOKEN: BENCH_METRICS_TOKEN,
  });
  try {
    return await saturationPhase(server.url, { concurrency: SATURATION_CONCURRENCY, ms: SATURATION_MS, question: QUESTIONS[2] });
  } finally {
    await server.stop();
    await fake.close();
  }
}

if (process.argv[2] === '--client') {
  const [url, amount, connections] = process.argv.slice(3);
  runClient(url, Number(amount), Number(connections)).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`load client failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
} else runCli(bench);
