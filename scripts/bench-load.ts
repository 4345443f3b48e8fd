// npm run bench:load — load test of the offline chat API (not a test of the suite).
// Starts the real server (src/serve/main.ts, offline, info logs, rate limit out of the way) in a
// child process, then runs autocannon from another child process: 10,000 POST /api/chat at
// concurrency 64 over a few different questions. Reports throughput, latency p50/p99, errors and
// dropped connections, 5xx counted by the client and by the server's own metrics, the server's RSS
// before and after (from /proc/<pid>/status, else its /metrics), and the event-loop delay p99
// during the run (perf_hooks.monitorEventLoopDelay via /metrics); then a second identical round shows
// whether memory keeps growing. Exits 1 if any request failed.
//
//   npm run bench:load [-- --amount 10000 --connections 64 --warmup 500]
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { parseCli, runCli } from './lib/cli.js';
import { startBenchServer } from './bench/server.js';
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

async function scrape(url: string): Promise<string> {
  return (await fetch(`${url}/metrics`)).text();
}

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
    },
    'npm run bench:load [-- --amount N --connections N --warmup N]',
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
    METRICS_TOKEN: '',
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
      ['refusals among the answers (off-topic question)', fmt.int(refusals)],
    ];
    process.stdout.write(
      `\nOffline POST /api/chat, ${QUESTIONS.length} different questions, node ${process.version}\n\n${markdownTable(['measure', 'value'], rows)}\n`,
    );
    const failed = [run, again].reduce((n, r) => n + r.non2xx + r.errors + r.timeouts + r.resets, server5xx);
    if (failed || run.requests < amount) {
      process.stdout.write(`\nFAILED: ${failed} failed requests, ${run.requests}/${amount} completed\n`);
      process.exitCode = 1;
    } else process.stdout.write('\nOK: zero 5xx, zero errors, zero dropped connections\n');
  } finally {
    await server.stop();
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
