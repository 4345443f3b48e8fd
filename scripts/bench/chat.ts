// Chat benchmark (issue 3): offline POST /api/chat throughput and latency at several
// concurrencies next to a bare endpoint of the same server (GET /healthz) measured in the same
// run, the cost of recording questions for the insights (RECORD_QUESTIONS on against off, issue 12),
// and the time the server adds before the first SSE token of a model that answers at once.
import autocannon from 'autocannon';
import { startFakeOpenAI } from '../../test/helpers/fakeOpenAI.js';
import { startBenchServer } from './server.js';

const QUESTIONS = [
  "What are IOM's objectives?",
  "Combien d'États membres compte l'OIM ?",
  'How many countries is IOM present in?',
  "Quelles activités l'OIM mène-t-elle dans les situations d'urgence ?",
];

interface Row {
  target: string;
  concurrency: number;
  requestsPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, target: 'chat' | 'bare', concurrency: number, seconds: number): Promise<Row> {
  const requests =
    target === 'chat'
      ? QUESTIONS.map((q) => ({
          method: 'POST' as const,
          path: '/api/chat',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ message: q }),
        }))
      : [{ method: 'GET' as const, path: '/healthz' }];
  const result = await autocannon({ url, connections: concurrency, duration: seconds, requests });
  return {
    target: target === 'chat' ? 'POST /api/chat' : 'GET /healthz (bare)',
    concurrency,
    requestsPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Milliseconds from sending a request to receiving the first `event: token`. */
async function timeToFirstToken(url: string, body: object): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(body),
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let seen = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended before a token');
    seen += decoder.decode(value, { stream: true });
    if (seen.includes('event: token')) {
      const elapsed = performance.now() - started;
      await reader.cancel();
      return elapsed;
    }
  }
}

/** Milliseconds to the first streamed chunk when calling the fake model directly (the baseline). */
async function modelFirstChunk(baseURL: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
    body: JSON.stringify({ model: 'fake', stream: true, messages: [{ role: 'user', content: 'x' }] }),
  });
  const reader = res.body!.getReader();
  await reader.read();
  const elapsed = performance.now() - started;
  await reader.cancel();
  return elapsed;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (n: number) => n.toFixed(2);

/** A counter's value in Prometheus text (summed over its labels). */
function counter(text: string, name: string): number {
  let total = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{.*\})?\s+(\S+)$/.exec(line);
    if (match?.[1] === name) total += Number(match[2]);
  }
  return total;
}

/**
 * Paired rounds per concurrency, in ABBA order (off, on, on, off, …): a shared machine's load drifts
 * during a run, and a drift that grows or fades over a pair of pairs then weighs on both servers alike.
 */
const RECORDING_PAIRS = 4;
/** Load given to each server before measuring: JIT warm-up, and the recording server's writer thread up. */
const WARM_UP_SECONDS = 3;

/** Several loads of one server summed: requests over time, the worst percentiles, all errors. */
function combined(rows: Row[]): Row {
  return {
    ...rows[0],
    requestsPerSec: rows.reduce((n, r) => n + r.requestsPerSec, 0) / rows.length,
    p50: Math.max(...rows.map((r) => r.p50)),
    p99: Math.max(...rows.map((r) => r.p99)),
    errors: rows.reduce((n, r) => n + r.errors, 0),
    non2xx: rows.reduce((n, r) => n + r.non2xx, 0),
  };
}

async function recordedTurns(url: string): Promise<number> {
  return counter(await (await fetch(`${url}/metrics`)).text(), 'oim_recorded_turns_total');
}

/**
 * Warms both servers with the same load, then waits until the recording server has written a batch:
 * its writer thread loads its modules once, at start, which is not the cost of recording an answer.
 */
async function warmUp(off: string, on: string): Promise<void> {
  await load(off, 'chat', 8, WARM_UP_SECONDS);
  await load(on, 'chat', 8, WARM_UP_SECONDS);
  const deadline = Date.now() + 60_000;
  while ((await recordedTurns(on)) === 0) {
    if (Date.now() > deadline) throw new Error('the recording server wrote nothing within a minute of its warm-up');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const median = (values: number[]) => percentile(values, 50);

/**
 * The same offline chat load on two servers of the same run, one recording every answered question
 * into its SQLite file (the default) and one with RECORD_QUESTIONS=false, in paired rounds at each
 * concurrency (throughput: the mean of the rounds; percentiles: the worst round's; the ratio of
 * each pair is listed too, to show how much the machine's load moved the figures).
 */
async function recordingComparison(seconds: number, concurrencies: number[]): Promise<string[]> {
  const off = await startBenchServer({ RECORD_QUESTIONS: 'false' });
  const on = await startBenchServer({ RECORD_QUESTIONS: 'true' });
  const lines = [
    `### Recording questions on vs off (same run, answer cache on, SQLite in a temp folder; ${RECORDING_PAIRS} pairs of ${seconds} s rounds in ABBA order after a ${WARM_UP_SECONDS} s warm-up)`,
    '',
    '| concurrency | off req/s | on req/s | on/off | pair ratios (median) | off p50 ms | on p50 ms | off p99 ms | on p99 ms | errors | non-2xx |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  try {
    await warmUp(off.url, on.url);
    const writtenBefore = await recordedTurns(on.url);
    for (const c of concurrencies) {
      const offRounds: Row[] = [];
      const onRounds: Row[] = [];
      for (let pair = 0; pair < RECORDING_PAIRS; pair++) {
        const order = pair % 2 === 0 ? [off, on] : [on, off];
        for (const server of order) (server === off ? offRounds : onRounds).push(await load(server.url, 'chat', c, seconds));
      }
      const without = combined(offRounds);
      const withRecording = combined(onRounds);
      const ratios = onRounds.map((r, i) => r.requestsPerSec / offRounds[i].requestsPerSec);
      lines.push(
        `| ${c} | ${without.requestsPerSec.toFixed(0)} | ${withRecording.requestsPerSec.toFixed(0)} | ${(withRecording.requestsPerSec / without.requestsPerSec).toFixed(2)} | ${ratios.map((r) => r.toFixed(2)).join(' ')} (${median(ratios).toFixed(2)}) | ${without.p50} | ${withRecording.p50} | ${without.p99} | ${withRecording.p99} | ${without.errors + withRecording.errors} | ${without.non2xx + withRecording.non2xx} |`,
      );
    }
    // The writer flushes every second: wait for the last batch before reading what it wrote.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const metrics = await (await fetch(`${on.url}/metrics`)).text();
    lines.push(
      '',
      `Recording server: ${counter(metrics, 'oim_recorded_turns_total') - writtenBefore} turns written while measured (${writtenBefore} in the warm-up), ${counter(metrics, 'oim_recording_failures_total')} failed batch writes, ${counter(metrics, 'oim_recording_dropped_total')} turns dropped, ${counter(metrics, 'oim_recording_queue')} still queued.`,
      '',
    );
  } finally {
    await Promise.all([off.stop(), on.stop()]);
  }
  return lines;
}

export interface ChatBenchOptions {
  seconds?: number;
  concurrencies?: number[];
  ttftSamples?: number;
  /** Only the recording on/off comparison (`npm run bench:chat -- --recording`). */
  recordingOnly?: boolean;
}

export async function runChatBench(options: ChatBenchOptions = {}): Promise<string> {
  const seconds = options.seconds ?? 8;
  const concurrencies = options.concurrencies ?? [1, 8, 32];
  const lines: string[] = await recordingComparison(seconds, concurrencies);
  if (options.recordingOnly) return lines.join('\n');
  for (const cache of ['on', 'off'] as const) {
    // With the cache on, repeated questions (like the widget's starters) skip retrieval; off, every request does all the work.
    const server = await startBenchServer(cache === 'off' ? { ANSWER_CACHE_SIZE: '0' } : {});
    try {
      lines.push(
        `### Offline chat vs bare endpoint (same server, same run; answer cache ${cache})`,
        '',
        '| endpoint | concurrency | req/s | p50 ms | p99 ms | errors | non-2xx | chat/bare |',
        '|---|---|---|---|---|---|---|---|',
      );
      for (const c of concurrencies) {
        const bare = await load(server.url, 'bare', c, seconds);
        const chat = await load(server.url, 'chat', c, seconds);
        for (const r of [bare, chat]) {
          const ratio = r === chat ? (chat.requestsPerSec / bare.requestsPerSec).toFixed(2) : '';
          lines.push(
            `| ${r.target} | ${c} | ${r.requestsPerSec.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${ratio} |`,
          );
        }
      }
      lines.push('');
    } finally {
      await server.stop();
    }
  }
  const fake = await startFakeOpenAI();
  const modelServer = await startBenchServer({ OPENAI_BASE_URL: fake.baseURL, MODEL_MAX_RETRIES: '0' });
  try {
    const n = options.ttftSamples ?? 100;
    const direct: number[] = [];
    const viaServer: number[] = [];
    for (let i = 0; i < n; i++) {
      fake.setChat({ kind: 'reply', content: "L'OIM compte 175 États Membres [1]." });
      direct.push(await modelFirstChunk(fake.baseURL));
      viaServer.push(await timeToFirstToken(`${modelServer.url}/api/chat`, { message: QUESTIONS[i % QUESTIONS.length] }));
    }
    lines.push(
      `### Time to first SSE token with a model that answers at once (${n} sequential requests)`,
      '',
      '| measure | p50 ms | p99 ms |',
      '|---|---|---|',
      `| fake model called directly (baseline) | ${ms(percentile(direct, 50))} | ${ms(percentile(direct, 99))} |`,
      `| through POST /api/chat (SSE) | ${ms(percentile(viaServer, 50))} | ${ms(percentile(viaServer, 99))} |`,
      `| server-added (difference) | ${ms(percentile(viaServer, 50) - percentile(direct, 50))} | ${ms(percentile(viaServer, 99) - percentile(direct, 99))} |`,
    );
  } finally {
    await modelServer.stop();
    await fake.close();
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runChatBench({ recordingOnly: process.argv.includes('--recording') }).then((table) => console.log(table));
}
