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
import { readQuestionSet } from '../../src/evaluation/questionSet.js';
import { withThrowawayIndex } from '../../src/evaluation/throwawayIndex.js';
import { createServer } from '../../src/serve/createServer.js';
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
  // Logs go nowhere: this measures the server's work, not a terminal's.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const server = createServer({ ...config, ANSWER_CACHE_SIZE: 0, RECORD_QUESTIONS: false, RATE_LIMIT_MAX: 1e9 }, { logDestination: sink });
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
  return [
    `### Uncached offline answer, in process (${questions.length} questions × ${rounds} rounds, sequential; answer cache off)`,
    '',
    markdownTable(
      ['stage', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'mean / bare'],
      stages.map((s) => row(s, bareMean)),
    ),
  ].join('\n');
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
