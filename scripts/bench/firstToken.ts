// Time to the first streamed token (issue 14): POST /api/chat with accept: text/event-stream against
// a server whose OpenAI-compatible model (test/helpers/fakeOpenAI.ts) answers at once, minus the
// same model called directly, request by request. Part of `npm run bench:chat`; alone:
// `npx tsx scripts/bench/firstToken.ts` (builds its own index).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { startFakeOpenAI } from '../../test/helpers/fakeOpenAI.js';
import { buildBenchIndex, startBenchServer } from './server.js';

/** What the fake model answers: one sentence citing a passage, so the answer is released and streamed. */
const REPLY = "L'OIM compte 175 États Membres [1].";

/**
 * Untimed answers first: a fresh server's first answers compile the model path (JIT) and load lazy
 * modules, 100–500 ms each on this machine, which set p99 alone when 2 of 200 samples are cold.
 * Start-up is bench:startup's measure, not the steady time to the first token. 30 were not enough:
 * read per thread from /proc over three windows of 300 sequential streamed answers after 30 untimed
 * ones, the server's CPU per answer was 7.9-9.8, then 5.6-6.5, then 4.9-5.6 ms (load 1.7-2.2). The
 * first window still paid the insights writer thread compiling its modules (about 1 ms an answer)
 * and V8's background compilation (about 1.5 ms), which a server in service has done long before.
 */
const WARM_UP_REQUESTS = 600;

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

/** CPU seconds a process has used (all its threads: GC and the insights writer included), or null off Linux. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime (fields 14 and 15 of proc(5)), in clock ticks of 1/100 s on Linux.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (n: number) => n.toFixed(2);

export interface FirstTokenFigures {
  lines: string[];
  /** Server-added time to the first token at p95, ms. */
  addedP95: number;
}

/** The table of the time to the first SSE token, measured on a server over the given index settings. */
export async function measureFirstToken(onIndex: Record<string, string>, questions: string[], samples = 200): Promise<FirstTokenFigures> {
  const fake = await startFakeOpenAI({ chat: [{ kind: 'reply', content: REPLY }] });
  const server = await startBenchServer({
    ...onIndex,
    OPENAI_BASE_URL: fake.baseURL,
    MODEL_MAX_RETRIES: '0',
    MODEL_CALLS_PER_MINUTE: '0',
    MODEL_CALLS_PER_MINUTE_PER_ADDRESS: '0',
  });
  try {
    const ask = (i: number) => timeToFirstToken(`${server.url}/api/chat`, { message: questions[i % questions.length] });
    for (let i = 0; i < WARM_UP_REQUESTS; i++) await ask(i);
    const loadBefore = os.loadavg()[0];
    const cpuBefore = cpuSeconds(server.pid);
    const direct: number[] = [];
    const viaServer: number[] = [];
    for (let i = 0; i < samples; i++) {
      direct.push(await modelFirstChunk(fake.baseURL));
      viaServer.push(await ask(i));
    }
    const cpuAfter = cpuSeconds(server.pid);
    const loadAfter = os.loadavg()[0];
    const added = (p: number) => percentile(viaServer, p) - percentile(direct, p);
    const cpu =
      cpuBefore === null || cpuAfter === null
        ? ''
        : ` The server used ${(((cpuAfter - cpuBefore) * 1000) / samples).toFixed(1)} ms of CPU per request (all threads, the stream's end included).`;
    return {
      addedP95: added(95),
      lines: [
        `### Time to first SSE token with a model that answers at once (${samples} sequential requests after ${WARM_UP_REQUESTS} untimed)`,
        '',
        '| measure | p50 ms | p95 ms | p99 ms |',
        '|---|---|---|---|',
        `| fake model called directly (baseline) | ${ms(percentile(direct, 50))} | ${ms(percentile(direct, 95))} | ${ms(percentile(direct, 99))} |`,
        `| through POST /api/chat (SSE) | ${ms(percentile(viaServer, 50))} | ${ms(percentile(viaServer, 95))} | ${ms(percentile(viaServer, 99))} |`,
        `| server-added (difference) | ${ms(added(50))} | ${ms(added(95))} | ${ms(added(99))} |`,
        '',
        `Load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${os.availableParallelism()} cores.${cpu}`,
        '',
      ],
    };
  } finally {
    await server.stop();
    await fake.close();
  }
}

/** Alone: an index of its own, bench:chat's questions. */
async function main(): Promise<void> {
  // Imported when run, not at the top: chat.ts imports this file.
  const { QUESTIONS } = await import('./chat.js');
  const index = await buildBenchIndex();
  try {
    const { lines } = await measureFirstToken({ INDEX_DIR: index.dir, INDEX_REBUILD_ON_START: 'false', INDEX_WATCH_MS: '0' }, QUESTIONS);
    console.log(lines.join('\n'));
  } finally {
    index.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
