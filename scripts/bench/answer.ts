// In-process hot-path benchmark (issue 14, point 4): the per-request cost of an uncached offline
// answer, stage by stage, with a bare GET /healthz through the same in-process server measured in the
// same run as the baseline. One process and sequential requests, so the figures are CPU time per
// request rather than a load test (npm run bench:chat is that); run it under `node --cpu-prof` to
// see where the time goes.
//
// npm run bench:answer -- [--corpus DIR] [--questions FILE] [--rounds N]
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Assistant } from '../../src/answer/assistant.js';
import { loadConfig, PASSAGES_PER_QUESTION, type Config } from '../../src/config.js';
import { type Question, readQuestionSet } from '../../src/evaluation/questionSet.js';
import { withThrowawayIndex } from '../../src/evaluation/throwawayIndex.js';
import { createServer } from '../../src/serve/createServer.js';
import { startFakeOpenAI } from '../../test/helpers/fakeOpenAI.js';
import { parseCli, runCli, UsageError } from '../lib/cli.js';
import { fmt, markdownTable, percentile } from './stats.js';

const USAGE = 'npm run bench:answer -- [--corpus DIR] [--questions FILE] [--rounds N]';
const DEFAULT_QUESTIONS = '../shared/eval/dev.jsonl';
/** Rounds over the whole question set after one warm-up round (JIT, the follow-up lists' first fill). */
const DEFAULT_ROUNDS = 5;

interface Stage {
  name: string;
  samples: number[];
}

function row(stage: Stage, bare: number): (string | number)[] {
  const sorted = [...stage.samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return [
    stage.name,
    sorted.length,
    fmt.ms(percentile(sorted, 50)),
    fmt.ms(percentile(sorted, 95)),
    fmt.ms(percentile(sorted, 99)),
    fmt.ms(mean),
    (mean / bare).toFixed(1),
  ];
}

async function time(samples: number[], work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  samples.push(performance.now() - started);
}

async function bench(config: Config, questionsFile: string, rounds: number): Promise<string> {
  const questions = await readQuestionSet(questionsFile);
  // Logs go nowhere, at bench:chat's level (warn): this measures the server's work, not a terminal's.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const server = createServer(
    { ...config, ANSWER_CACHE_SIZE: 0, RECORD_QUESTIONS: false, RATE_LIMIT_MAX: 1e9, LOG_LEVEL: 'warn' },
    { logDestination: sink },
  );
  await server.load('bench');
  const http = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  // The assistant the routes serve (the server loads a ConversationalAssistant, an Assistant).
  const assistant = server.state.requireAssistant() as Assistant;
  const stages: Stage[] = [
    'GET /healthz (bare)',
    'retrieval alone',
    'assistant.answer',
    'POST /api/chat (JSON)',
    'POST /api/chat (SSE)',
  ].map((name) => ({ name, samples: [] }));
  const [bare, retrieval, answer, chat, sse] = stages.map((s) => s.samples);
  const post = (message: string, lang: string, accept: string) =>
    fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ message, lang }),
    }).then((r) => r.text());
  try {
    for (let round = 0; round <= rounds; round++) {
      const keep = round > 0;
      for (const q of questions) {
        const samples = (s: number[]) => (keep ? s : []);
        await time(samples(bare), () => fetch(`${url}/healthz`).then((r) => r.text()));
        await time(samples(retrieval), () => assistant.retriever.readAndRetrieve(q.q, PASSAGES_PER_QUESTION, { language: q.lang }));
        await time(samples(answer), () => assistant.answer({ message: q.q, lang: q.lang }));
        await time(samples(chat), () => post(q.q, q.lang, 'application/json'));
        await time(samples(sse), () => post(q.q, q.lang, 'text/event-stream'));
      }
    }
  } finally {
    await new Promise((resolve) => http.close(resolve));
    http.closeAllConnections();
    await server.close();
  }
  const bareMean = bare.reduce((s, v) => s + v, 0) / bare.length;
  const firstToken = await timeToFirstToken(config, questions, rounds, sink);
  const modelMean = firstToken[0].samples.reduce((s, v) => s + v, 0) / firstToken[0].samples.length;
  return [
    `### Uncached offline answer, in process (${questions.length} questions × ${rounds} rounds, sequential; answer cache off)`,
    '',
    markdownTable(
      ['stage', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'mean / bare'],
      stages.map((s) => row(s, bareMean)),
    ),
    '',
    '### Time to first SSE token, model answering at once (fake OpenAI server in process; same questions)',
    '',
    markdownTable(
      ['measure', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'mean / model'],
      firstToken.map((s) => row(s, modelMean)),
    ),
  ].join('\n');
}

/** Waits for the first chunk of a response body holding `marker` (any first chunk when marker is null). */
async function firstChunkWith(response: Promise<Response>, marker: string | null): Promise<void> {
  const reader = (await response).body!.getReader();
  const decoder = new TextDecoder();
  let seen = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended before ${marker ?? 'a chunk'}`);
    seen += decoder.decode(value, { stream: true });
    if (marker === null || seen.includes(marker)) break;
  }
  await reader.cancel();
}

/** The fake model called directly (the baseline), then through POST /api/chat as SSE, one question after the other. */
async function timeToFirstToken(config: Config, questions: Question[], rounds: number, sink: Writable): Promise<Stage[]> {
  const fake = await startFakeOpenAI();
  const server = createServer(
    {
      ...config,
      ANSWER_CACHE_SIZE: 0,
      RECORD_QUESTIONS: false,
      RATE_LIMIT_MAX: 1e9,
      LOG_LEVEL: 'warn',
      OPENAI_BASE_URL: fake.baseURL,
      MODEL_MAX_RETRIES: 0,
      MODEL_CALLS_PER_MINUTE: 0,
      MODEL_CALLS_PER_MINUTE_PER_ADDRESS: 0,
    },
    { logDestination: sink },
  );
  await server.load('bench');
  const http = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const stages: Stage[] = [
    { name: 'fake model called directly (baseline)', samples: [] },
    { name: 'first token through POST /api/chat (SSE)', samples: [] },
  ];
  const post = (target: string, body: object, headers: Record<string, string>) =>
    fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  try {
    for (let round = 0; round <= rounds; round++) {
      const keep = (samples: number[]) => (round > 0 ? samples : []);
      for (const q of questions) {
        fake.setChat({ kind: 'reply', content: 'The answer is in the first passage [1].' });
        const direct = { model: 'fake', stream: true, messages: [{ role: 'user', content: q.q }] };
        await time(keep(stages[0].samples), () =>
          firstChunkWith(post(`${fake.baseURL}/chat/completions`, direct, { authorization: 'Bearer x' }), null),
        );
        const asked = { message: q.q, lang: q.lang };
        await time(keep(stages[1].samples), () =>
          firstChunkWith(post(`${url}/api/chat`, asked, { accept: 'text/event-stream' }), 'event: token'),
        );
      }
    }
  } finally {
    await new Promise((resolve) => http.close(resolve));
    http.closeAllConnections();
    await server.close();
    await fake.close();
  }
  return stages;
}

runCli(async () => {
  const { values } = parseCli({ corpus: { type: 'string' }, questions: { type: 'string' }, rounds: { type: 'string' } }, USAGE);
  const rounds = Number(values.rounds ?? DEFAULT_ROUNDS);
  if (!Number.isInteger(rounds) || rounds < 1) throw new UsageError(`--rounds must be a whole number of at least 1.\nUsage: ${USAGE}`);
  const questions = values.questions ?? DEFAULT_QUESTIONS;
  const config = loadConfig();
  const run = async (cfg: Config) => console.log(await bench(cfg, questions, rounds));
  if (values.corpus) await withThrowawayIndex(config, values.corpus, run);
  else await run(config);
});
