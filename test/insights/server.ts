// The app as createServer composes it, over a fake answerer (deterministic answers, no index to load)
// unless the test brings the real one, with a recorder that flushes every 50 ms.
import { createEmbedder } from '../../src/embed/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import type { RecorderOptions } from '../../src/insights/recording/recorder.js';
import type { InsightsService } from '../../src/insights/service.js';
import type { AnswerService } from '../../src/serve/state.js';
import { startTestServer, type TestServer, testConfig } from '../helpers/server.js';
import { answer, refusal } from './support.js';

/** Answers anything with two passages, except questions about the weather, which it refuses. */
export const fakeAnswerer: AnswerService = {
  mode: 'extractive',
  search: async () => [],
  async answer(request, hooks = {}) {
    const language = request.lang ?? (/[éèàç]|\b(quel|quels|quelle|comment|pourquoi)\b/i.test(request.message) ? 'fr' : 'en');
    if (/weather|météo/i.test(request.message)) return refusal(language);
    const given = answer({ language });
    hooks.onCitations?.(given.citations);
    hooks.onToken?.(given.answer);
    return given;
  },
};

export interface InsightsServer extends TestServer {
  insights: InsightsService;
  metrics(): Promise<string>;
}

export interface InsightsServerOptions {
  env?: Record<string, string>;
  answerer?: AnswerService;
  /** Build the index of CORPUS_DIR into INDEX_DIR (both in env) and answer with the real assistant. */
  realAssistant?: boolean;
  /** The recorder's timings (default: a flush every 50 ms). */
  recorder?: Omit<RecorderOptions, 'events'>;
}

export async function startInsightsServer(options: InsightsServerOptions = {}): Promise<InsightsServer> {
  if (options.realAssistant) {
    const config = await testConfig({ env: options.env });
    await ingest({ config, embedder: createEmbedder(config) });
  }
  const server = await startTestServer({
    env: options.env,
    answerer: options.realAssistant ? undefined : (options.answerer ?? fakeAnswerer),
    insights: { recorder: options.recorder ?? { flushIntervalMs: 50 } },
  });
  return { ...server, insights: server.composed.insights, metrics: () => server.composed.metrics.text() };
}
