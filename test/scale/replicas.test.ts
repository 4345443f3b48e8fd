// Two replicas of the real `npm start` sharing one Redis and one published index (issue 14), as two
// machines behind a load balancer would: a visitor's rate limit and model budget hold across both,
// a build published once reaches both within the bound (a damaged one is refused by both, which say so), Redis stopped mid-test costs no answer
// (limits fall back per process, counted), and a replica killed leaves the other serving.
import { realpathSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { INDEX_FILES } from '../../src/index/manifest.js';
import { ingest } from '../../src/ingest/ingest.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fakeOpenAI.js';
import { getJson, type MainProcess, startMain } from '../helpers/process.js';
import { corpusCopy, metricValue } from '../hardening/support.js';
import { REDIS_SERVER, startRedis, type TestRedis } from './redis.js';

const RATE_LIMIT = 6;
const BUDGET_PER_ADDRESS = 3;
const WATCH_MS = 500;
/** How soon a published build must be served by every replica: the watch interval and a load, on a loaded machine. */
const PUBLISH_BOUND_MS = 15_000;
const METRICS_TOKEN = 'replica-metrics-token';
const QUESTION = { message: 'Combien d’États membres compte l’OIM ?' };

describe.skipIf(!REDIS_SERVER)('two replicas sharing Redis and the published index', () => {
  let redis: TestRedis;
  let fake: FakeOpenAI;
  let corpus: ReturnType<typeof corpusCopy>;
  let config: Config;
  let replicas: MainProcess[] = [];

  const chat = async (replica: MainProcess) => {
    const res = await fetch(`${replica.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(QUESTION),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Record<string, unknown> };
  };
  const metrics = async (replica: MainProcess) =>
    (await fetch(`${replica.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();

  beforeAll(async () => {
    redis = await startRedis();
    fake = await startFakeOpenAI({ chat: [{ kind: 'reply', content: "L'OIM compte 175 États Membres [1]." }] });
    corpus = corpusCopy();
    config = loadConfig({ CORPUS_DIR: corpus.dir, INDEX_DIR: path.join(path.dirname(corpus.dir), 'index'), USE_DICTIONARY: 'false' });
    await ingest({ config, embedder: createEmbedder(config) });
    const env = {
      CORPUS_DIR: config.CORPUS_DIR,
      INDEX_DIR: config.INDEX_DIR,
      REDIS_URL: redis.url,
      OPENAI_BASE_URL: fake.baseURL,
      MODEL_MAX_RETRIES: '0',
      RATE_LIMIT_MAX: String(RATE_LIMIT),
      MODEL_CALLS_PER_MINUTE_PER_ADDRESS: String(BUDGET_PER_ADDRESS),
      INDEX_WATCH_MS: String(WATCH_MS),
      INDEX_REBUILD_ON_START: 'false',
      METRICS_TOKEN,
    };
    replicas = await Promise.all([startMain(env), startMain(env)]);
    for (const r of replicas)
      await r.waitFor('readiness', async () => ((await getJson(`${r.url}/readyz`))?.status === 200 ? true : undefined), 180_000);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop('SIGKILL')));
    await redis?.stop();
    await fake?.close();
    corpus?.cleanup();
  });

  it('holds one visitor’s model budget and rate limit across both replicas', async () => {
    const [a, b] = replicas;
    const answers = [];
    for (let i = 0; i < RATE_LIMIT; i++) answers.push(await chat(i % 2 ? b : a));
    expect(answers.map((r) => r.status)).toEqual(Array(RATE_LIMIT).fill(200));
    // Three model calls for the address, wherever they landed; the rest offline, marked as such.
    expect(answers.slice(0, BUDGET_PER_ADDRESS).map((r) => r.body.mode)).toEqual(['llm', 'llm', 'llm']);
    for (const r of answers.slice(BUDGET_PER_ADDRESS)) expect(r.body).toMatchObject({ fallback: true, fallbackReason: 'model_budget' });
    // The N+1th request over the two replicas is refused, with Retry-After.
    const over = await chat(a);
    expect(over.status).toBe(429);
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    expect((await chat(b)).status).toBe(429);
  });

  it('takes a build published once on both replicas within the bound, and both say which', async () => {
    const before = (await getJson(`${replicas[0].url}/healthz`))!.body.build;
    writeFileSync(path.join(corpus.dir, 'nouveau.txt'), 'Une page publiée après le démarrage des deux serveurs.\n');
    await ingest({ config, embedder: createEmbedder(config) });
    const published = path.basename(realpathSync(config.INDEX_DIR));
    expect(published).not.toBe(before);
    const started = Date.now();
    for (const r of replicas)
      await r.waitFor(
        'the published build',
        async () => ((await getJson(`${r.url}/healthz`))?.body.build === published ? true : undefined),
        PUBLISH_BOUND_MS,
      );
    console.log(`a published build was served by both replicas ${Date.now() - started} ms after publication`);
    for (const r of replicas) expect((await getJson(`${r.url}/readyz`))?.body).toMatchObject({ status: 'ready', build: published });
  });

  it('keeps the build it serves when a published one is damaged, and says so in /readyz', async () => {
    const serving = (await getJson(`${replicas[0].url}/healthz`))!.body.build;
    writeFileSync(path.join(corpus.dir, 'abimee.txt'), 'Une page dont la publication sera abîmée sur le disque.\n');
    await ingest({ config, embedder: createEmbedder(config) });
    const damaged = realpathSync(config.INDEX_DIR);
    truncateSync(path.join(damaged, INDEX_FILES.chunks), 10);
    for (const r of replicas) {
      const ready = await r.waitFor(
        'the refusal in /readyz',
        async () => {
          const body = (await getJson(`${r.url}/readyz`))?.body;
          return body?.refused ? body : undefined;
        },
        PUBLISH_BOUND_MS,
      );
      expect(ready).toMatchObject({ status: 'ready', build: serving, refused: { buildId: path.basename(damaged) } });
      expect(ready.refused.reason).toMatch(/chunks\.json/);
      expect((await chat(r)).status).not.toBe(500);
    }
  });

  it('keeps answering with Redis stopped: limits fall back per process, logged and counted, never a 5xx', async () => {
    await redis.stop();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await chat(replicas[i % 2])).status);
    // The shared count was spent; each process counts afresh on its own, so visitors are served.
    expect(statuses).toEqual([200, 200, 200, 200]);
    for (const r of replicas) {
      const text = await metrics(r);
      expect(metricValue(text, 'oim_shared_state_fallbacks_total', { use: 'rate_limit' })).toBeGreaterThan(0);
      expect(metricValue(text, 'oim_redis_up')).toBe(0);
      expect(metricValue(text, 'oim_http_requests_total', { route: '/api/chat', status: '500' })).toBe(0);
      expect(r.lines.some((l) => typeof l.msg === 'string' && l.msg.startsWith('shared state unavailable for rate_limit'))).toBe(true);
    }
  });

  it('keeps serving from one replica when the other is killed', async () => {
    const [a, b] = replicas;
    await a.stop('SIGKILL');
    for (let i = 0; i < 3; i++) expect((await getJson(`${b.url}/healthz`))?.status).toBe(200);
    expect((await chat(b)).status).toBe(200);
  });
});
