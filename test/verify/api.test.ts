// POST /api/verify: the contract field by field, the issue's acceptance claims, the traps, and the
// chat API's error conventions — on the real app over the real corpus (offline).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { postJson } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { resultSchema } from './support.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const verify = async (claim: unknown) => {
  const { status, body } = await postJson(`${server.url}/api/verify`, { claim });
  expect(status).toBe(200);
  return resultSchema.parse(body);
};

/** Sentences of the explanation (a full stop followed by a space or the end). */
const sentenceCount = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean).length;

describe('POST /api/verify: acceptance claims of the issue', () => {
  it('"L\'OIM compte 175 États membres" → supported, quoting the sentence with 175', async () => {
    const r = await verify("L'OIM compte 175 États membres");
    expect(r).toMatchObject({ verdict: 'supported', mode: 'extractive' });
    expect(r.evidence[0].quote).toBe(
      'L’Organisation compte 175 États Membres et 8 États observateurs, et elle a des bureaux dans 171 pays.',
    );
    expect(r.explanation).toMatch(/175 États Membres/);
  });

  it('"IOM was founded in 1961" → contradicted, quoting 1951, explained in English', async () => {
    const r = await verify('IOM was founded in 1961');
    expect(r.verdict).toBe('contradicted');
    expect(r.evidence[0].quote).toMatch(/créée en 1951/);
    expect(r.explanation).toMatch(/1961/);
    expect(r.explanation).toMatch(/1951/);
    expect(r.explanation).toMatch(/^The claim/);
  });

  it('"L\'OIM a son siège à Genève" → not_found, naming what the text never mentions', async () => {
    const r = await verify("L'OIM a son siège à Genève");
    expect(r.verdict).toBe('not_found');
    expect(r.explanation).toMatch(/Genève/);
    expect(r.evidence).toEqual([]);
  });
});

describe('POST /api/verify: traps', () => {
  it('offices in 200 countries → contradicted by "171 pays"', async () => {
    const r = await verify('IOM has offices in 200 countries');
    expect(r.verdict).toBe('contradicted');
    expect(r.explanation).toMatch(/171 pays/);
  });

  it('171 member states → contradicted by 175 (171 is the count of countries, not of members)', async () => {
    const r = await verify("L'OIM compte 171 États membres");
    expect(r.verdict).toBe('contradicted');
    expect(r.explanation).toMatch(/175 États Membres/);
  });

  it('8 observer states → supported', async () => {
    expect((await verify('IOM has 8 observer states')).verdict).toBe('supported');
  });

  it('a number that fits two counts of the text equally ("8 states") → not_found, with both quoted', async () => {
    const r = await verify('IOM has 8 states');
    expect(r.verdict).toBe('not_found');
    expect(r.explanation).toMatch(/175/);
    expect(r.explanation).toMatch(/8 États observateurs/);
  });

  it('no number, all key terms in one sentence → supported; negated → never supported', async () => {
    expect((await verify("L'OIM fait partie du système des Nations Unies")).verdict).toBe('supported');
    expect((await verify("L'OIM ne fait pas partie du système des Nations Unies")).verdict).toBe('contradicted');
    expect((await verify('IOM does not have 200 member states')).verdict).toBe('not_found');
    expect((await verify('IOM is not an intergovernmental organisation')).verdict).not.toBe('supported');
  });

  it('another organisation with the same kind of number is not the IOM', async () => {
    expect((await verify('The United Nations has 193 member states')).verdict).toBe('not_found');
    expect((await verify('UNHCR was founded in 1951')).verdict).toBe('not_found');
  });
});

describe('POST /api/verify: contract', () => {
  it('quotes verbatim sentences of the passage, which are those lines of the source file', async () => {
    const r = await verify('IOM has 175 member states and 8 observer states');
    expect(r.verdict).toBe('supported');
    expect(r.evidence.length).toBeGreaterThan(0);
    for (const e of r.evidence) {
      expect(e.text).toContain(e.quote);
      const file = await readFile(`${server.config.CORPUS_DIR}/${e.source.replace(/^corpus\//, '')}`, 'utf8');
      const span = file
        .split('\n')
        .slice(e.lines[0] - 1, e.lines[1])
        .join('\n');
      expect(span).toContain(e.quote);
    }
  });

  it('explains in one or two sentences in the claim language', async () => {
    for (const claim of [
      "L'OIM compte 171 États membres",
      'IOM has offices in 171 countries',
      "L'OIM a son siège à Genève",
      'Paris is the capital of France',
    ]) {
      const r = await verify(claim);
      expect(sentenceCount(r.explanation), claim).toBeLessThanOrEqual(2);
    }
    expect((await verify('IOM has offices in 171 countries')).explanation).toMatch(/^The source text says/);
    expect((await verify("L'OIM a des bureaux dans 171 pays")).explanation).toMatch(/^Le texte source indique/);
  });

  it('trims the claim and accepts 1000 characters after trimming', async () => {
    expect((await verify('   IOM has 8 observer states   ')).verdict).toBe('supported');
    const long = `IOM has 8 observer states ${'x'.repeat(974)}`;
    expect(long.length).toBe(1000);
    await verify(`  ${long}  `);
  });
});

describe('POST /api/verify: errors (same conventions as the chat API)', () => {
  const errorSchema = z.object({
    error: z.object({
      code: z.string(),
      message: z.string().min(1),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  });
  it.each([
    ['an empty claim', { claim: '' }],
    ['a blank claim', { claim: '  \n ' }],
    ['a claim over 1000 characters after trimming', { claim: 'a'.repeat(1001) }],
    ['a claim that is not a string', { claim: 42 }],
    ['no claim', { text: 'IOM has 175 member states' }],
    ['a JSON array', ['IOM has 175 member states']],
  ])('400 with the zod issues for %s', async (_name, body) => {
    const { status, body: error } = await postJson(`${server.url}/api/verify`, body);
    expect(status).toBe(400);
    const parsed = errorSchema.parse(error);
    expect(parsed.error.code).toBe('invalid_request');
    expect(parsed.error.issues?.length).toBeGreaterThan(0);
  });

  it('400 for malformed JSON', async () => {
    const { status, body } = await postJson(`${server.url}/api/verify`, '{"claim": ');
    expect(status).toBe(400);
    expect(errorSchema.parse(body).error.code).toBe('invalid_json');
  });

  it('413 for a body over 32 KB', async () => {
    const { status, body } = await postJson(`${server.url}/api/verify`, { claim: 'x', padding: 'p'.repeat(33 * 1024) });
    expect(status).toBe(413);
    expect(errorSchema.parse(body).error.code).toBe('payload_too_large');
  });

  it('415 for a body that is not JSON', async () => {
    const res = await fetch(`${server.url}/api/verify`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'IOM has 175 member states',
    });
    expect(res.status).toBe(415);
    expect(errorSchema.parse(await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('404 JSON for GET /api/verify', async () => {
    const res = await fetch(`${server.url}/api/verify`);
    expect(res.status).toBe(404);
    expect(errorSchema.parse(await res.json()).error.code).toBe('not_found');
  });

  it('503 not_ready with Retry-After while no fact checker is loaded', async () => {
    // An app serving only a stub assistant: the fact checker's slot is still empty.
    const bare = await startTestServer({
      answerer: { mode: 'extractive', answer: async () => Promise.reject(new Error('unused')), search: async () => [] },
    });
    try {
      const { status, body, headers } = await postJson(`${bare.url}/api/verify`, { claim: 'IOM has 175 member states' });
      expect(status).toBe(503);
      expect(errorSchema.parse(body).error.code).toBe('not_ready');
      expect(headers.get('retry-after')).toBeTruthy();
    } finally {
      await bare.close();
    }
  });
});
