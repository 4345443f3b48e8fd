// Shared by the fact-checking tests: the API contract's schemas, and the app with a fake model.
import { z } from 'zod';
import { evidenceSchema as contractEvidence, verifyResultSchema } from '../../src/contract/api.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fakeOpenAI.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** The contract's verify result, narrowed to what this corpus must give: real files, quotes and reasons. */
export const evidenceSchema = contractEvidence.extend({
  source: z.string().startsWith('corpus/'),
  title: z.string().min(1),
  text: z.string().min(1),
  quote: z.string().min(1),
});
export const resultSchema = verifyResultSchema.extend({ explanation: z.string().min(1), evidence: z.array(evidenceSchema) });

/** The real app over the real corpus with its model served by the fake OpenAI-compatible server. */
export async function startWithFakeModel(timeoutMs: number): Promise<{ fake: FakeOpenAI; server: TestServer; close(): Promise<void> }> {
  const fake = await startFakeOpenAI();
  const env = { OPENAI_BASE_URL: fake.baseURL, MODEL_TIMEOUT_MS: String(timeoutMs), MODEL_MAX_RETRIES: '0' };
  const server = await startTestServer({ env }).catch(async (error: unknown) => {
    await fake.close();
    throw error;
  });
  return { fake, server, close: () => server.close().then(() => fake.close()) };
}
