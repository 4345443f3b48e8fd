// Chat benchmark (issue 3): offline POST /api/chat throughput and latency at several
// concurrencies next to a bare endpoint of the same server (GET /healthz) measured in the same
// run, with one worker and two (WEB_CONCURRENCY), the time the server adds before the first SSE
// token of a model that answers at once, and issue 14's goals checked against these figures.
import os from 'node:os';
import autocannon from 'autocannon';
import { startFakeOpenAI } from '../../test/helpers/fakeOpenAI.js';
import { buildBenchIndex, startBenchServer } from './server.js';

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

/** The goals of issue 14, checked against this run's figures. */
interface Goal {
  measure: string;
  value: number;
  goal: string;
  met: boolean;
  shown: string;
}

function loadRows(rows: Array<{ bare: Row; chat: Row }>): string[] {
  const lines: string[] = [];
  for (const { bare, chat } of rows)
    for (const r of [bare, chat]) {
      const ratio = r === chat ? (chat.requestsPerSec / bare.requestsPerSec).toFixed(2) : '';
      lines.push(
        `| ${r.target} | ${r.concurrency} | ${r.requestsPerSec.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${ratio} |`,
      );
    }
  return lines;
}

async function measurePairs(url: string, concurrencies: number[], seconds: number): Promise<Array<{ bare: Row; chat: Row }>> {
  const rows = [];
  for (const c of concurrencies) rows.push({ bare: await load(url, 'bare', c, seconds), chat: await load(url, 'chat', c, seconds) });
  return rows;
}

export async function runChatBench(options: { seconds?: number; concurrencies?: number[]; ttftSamples?: number } = {}): Promise<string> {
  const seconds = options.seconds ?? 6;
  const concurrencies = options.concurrencies ?? [1, 8, 32];
  const top = Math.max(...concurrencies);
  const lines: string[] = [];
  const goals: Goal[] = [];
  const header = [
    '| endpoint | concurrency | req/s | p50 ms | p99 ms | errors | non-2xx | chat/bare |',
    '|---|---|---|---|---|---|---|---|',
  ];
  process.stderr.write('building the index once for every server of the run…\n');
  const index = await buildBenchIndex();
  const onIndex = { INDEX_DIR: index.dir, INDEX_REBUILD_ON_START: 'false', INDEX_WATCH_MS: '0' };
  try {
    let uncachedOneWorker: { bare: Row; chat: Row } | undefined;
    for (const cache of ['on', 'off'] as const) {
      // With the cache on, repeated questions (like the widget's starters) skip retrieval; off, every request does all the work.
      process.stderr.write(`one worker, answer cache ${cache}…\n`);
      const server = await startBenchServer({ ...onIndex, ...(cache === 'off' ? { ANSWER_CACHE_SIZE: '0' } : {}) });
      try {
        const rows = await measurePairs(server.url, concurrencies, seconds);
        lines.push(
          `### Offline chat vs bare endpoint (one worker, same server, same run; answer cache ${cache})`,
          '',
          ...header,
          ...loadRows(rows),
          '',
        );
        if (cache === 'off') {
          uncachedOneWorker = rows[rows.length - 1];
          const worst = Math.min(...rows.map((r) => r.chat.requestsPerSec / r.bare.requestsPerSec));
          goals.push({
            measure: `chat/bare throughput, cache off, worst of c=${concurrencies.join(', ')}`,
            value: worst,
            goal: '≥ 0.5',
            met: worst >= 0.5,
            shown: worst.toFixed(2),
          });
          const p99 = uncachedOneWorker.chat.p99;
          goals.push({ measure: `chat p99 at c=${top}, cache off`, value: p99, goal: '≤ 25 ms', met: p99 <= 25, shown: `${p99} ms` });
        }
      } finally {
        await server.stop();
      }
    }

    process.stderr.write('two workers, answer cache off…\n');
    const two = await startBenchServer({ ...onIndex, ANSWER_CACHE_SIZE: '0', WEB_CONCURRENCY: '2' });
    try {
      const [pair] = await measurePairs(two.url, [top], seconds);
      const one = uncachedOneWorker!;
      const speedUp = (r: Row, base: Row) => (r.requestsPerSec / base.requestsPerSec).toFixed(2);
      lines.push(
        `### One worker vs two (WEB_CONCURRENCY; answer cache off, c=${top}; the load generator shares the machine's ${os.availableParallelism()} cores)`,
        '',
        '| workers | endpoint | req/s | p50 ms | p99 ms | errors | non-2xx | vs one worker |',
        '|---|---|---|---|---|---|---|---|',
        ...[
          [1, one.bare, one.bare],
          [1, one.chat, one.chat],
          [2, pair.bare, one.bare],
          [2, pair.chat, one.chat],
        ].map(([n, r, base]) => {
          const row = r as Row;
          return `| ${n} | ${row.target} | ${row.requestsPerSec.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.non2xx} | ${speedUp(row, base as Row)} |`;
        }),
        '',
      );
    } finally {
      await two.stop();
    }

    process.stderr.write('time to first token…\n');
    const fake = await startFakeOpenAI();
    const modelServer = await startBenchServer({
      ...onIndex,
      OPENAI_BASE_URL: fake.baseURL,
      MODEL_MAX_RETRIES: '0',
      MODEL_CALLS_PER_MINUTE: '0',
      MODEL_CALLS_PER_MINUTE_PER_ADDRESS: '0',
    });
    try {
      const n = options.ttftSamples ?? 200;
      const direct: number[] = [];
      const viaServer: number[] = [];
      for (let i = 0; i < n; i++) {
        fake.setChat({ kind: 'reply', content: "L'OIM compte 175 États Membres [1]." });
        direct.push(await modelFirstChunk(fake.baseURL));
        viaServer.push(await timeToFirstToken(`${modelServer.url}/api/chat`, { message: QUESTIONS[i % QUESTIONS.length] }));
      }
      const added = (p: number) => percentile(viaServer, p) - percentile(direct, p);
      lines.push(
        `### Time to first SSE token with a model that answers at once (${n} sequential requests)`,
        '',
        '| measure | p50 ms | p95 ms | p99 ms |',
        '|---|---|---|---|',
        `| fake model called directly (baseline) | ${ms(percentile(direct, 50))} | ${ms(percentile(direct, 95))} | ${ms(percentile(direct, 99))} |`,
        `| through POST /api/chat (SSE) | ${ms(percentile(viaServer, 50))} | ${ms(percentile(viaServer, 95))} | ${ms(percentile(viaServer, 99))} |`,
        `| server-added (difference) | ${ms(added(50))} | ${ms(added(95))} | ${ms(added(99))} |`,
        '',
      );
      goals.push({
        measure: 'server-added time to first token, p95',
        value: added(95),
        goal: '≤ 10 ms',
        met: added(95) <= 10,
        shown: `${ms(added(95))} ms`,
      });
    } finally {
      await modelServer.stop();
      await fake.close();
    }
  } finally {
    index.remove();
  }
  lines.push(
    '### Goals (issue 14)',
    '',
    '| measure | this run | goal | met |',
    '|---|---|---|---|',
    ...goals.map((g) => `| ${g.measure} | ${g.shown} | ${g.goal} | ${g.met ? 'yes' : 'no'} |`),
  );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runChatBench().then((table) => console.log(table));
}
