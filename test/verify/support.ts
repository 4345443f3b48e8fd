// Shared by the fact-checking tests: the API contract as zod schemas.
import { z } from 'zod';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fakeOpenAI.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

export const evidenceSchema = z.strictObject({
  source: z.string().startsWith('corpus/'),
  title: z.string().min(1),
  heading: z.string().nullable(),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  text: z.string().min(1),
  quote: z.string().min(1),
  score: z.number().min(0).max(1),
});
export const resultSchema = z.strictObject({
  verdict: z.enum(['supported', 'contradicted', 'not_found']),
  explanation: z.string().min(1),
  evidence: z.array(evidenceSchema),
  mode: z.enum(['extractive', 'llm']),
});

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
