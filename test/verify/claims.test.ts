// The claim set (claims.jsonl: numbers right and wrong, French and English, paraphrased, unrelated)
// through POST /api/verify on the real app and corpus, offline. Prints the accuracy table; a false
// claim judged "supported" fails the run whatever the accuracy.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Verdict, VerifyResult } from '../../src/verify/types.js';
import { postJson } from '../helpers/http.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const VERDICTS = ['supported', 'contradicted', 'not_found'] as const;
const claimSchema = z.strictObject({ id: z.string().min(1), claim: z.string().min(1), expected: z.enum(VERDICTS), kind: z.string() });
type Claim = z.infer<typeof claimSchema>;

const CLAIMS: Claim[] = readFileSync(new URL('./claims.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => claimSchema.parse(JSON.parse(l)));

interface Row extends Claim {
  verdict: Verdict;
  result: VerifyResult;
}

function table(rows: Row[]): string {
  const out: string[] = [];
  const cell = (s: string, n: number) => s.padEnd(n).slice(0, n);
  out.push(`${cell('expected \\ got', 16)}${VERDICTS.map((v) => cell(v, 14)).join('')}total`);
  for (const expected of VERDICTS) {
    const mine = rows.filter((r) => r.expected === expected);
    out.push(
      `${cell(expected, 16)}${VERDICTS.map((v) => cell(String(mine.filter((r) => r.verdict === v).length), 14)).join('')}${mine.length}`,
    );
  }
  const right = rows.filter((r) => r.verdict === r.expected).length;
  out.push(`accuracy ${right}/${rows.length} = ${((100 * right) / rows.length).toFixed(1)}%`);
  for (const lang of ['fr', 'en']) {
    const mine = rows.filter((r) => r.id.startsWith(`${lang}-`));
    out.push(`  ${lang}: ${mine.filter((r) => r.verdict === r.expected).length}/${mine.length}`);
  }
  const wrong = rows.filter((r) => r.verdict !== r.expected);
  if (wrong.length)
    out.push(
      'misses:',
      ...wrong.map((r) => `  ${r.id}: expected ${r.expected}, got ${r.verdict} — "${r.claim}" (${r.kind}) — ${r.result.explanation}`),
    );
  return out.join('\n');
}

let server: TestServer;
let rows: Row[];

beforeAll(async () => {
  server = await startTestServer();
  rows = [];
  for (const c of CLAIMS) {
    const { status, body } = await postJson(`${server.url}/api/verify`, { claim: c.claim });
    if (status !== 200) throw new Error(`${c.id}: HTTP ${status} ${JSON.stringify(body)}`);
    rows.push({ ...c, verdict: body.verdict, result: body });
  }
  console.log(`\nFact-check claim set (offline, ${rows.length} claims)\n${table(rows)}\n`);
}, 120_000);
afterAll(() => server?.close());

describe('claim set through POST /api/verify (offline)', () => {
  it('covers numbers right and wrong, years, French and English, paraphrases and unrelated claims', () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(30);
    for (const v of VERDICTS) expect(CLAIMS.filter((c) => c.expected === v).length).toBeGreaterThanOrEqual(8);
    expect(new Set(CLAIMS.map((c) => c.id)).size).toBe(CLAIMS.length);
  });

  it('never says "supported" for a claim that is not supported', () => {
    const falseSupported = rows.filter((r) => r.verdict === 'supported' && r.expected !== 'supported');
    expect(falseSupported.map((r) => r.id)).toEqual([]);
  });

  it('reaches at least 90% accuracy', () => {
    const right = rows.filter((r) => r.verdict === r.expected).length;
    expect(right / rows.length).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes, for every supported or contradicted verdict, verbatim sentences of the passages', () => {
    for (const r of rows.filter((row) => row.verdict !== 'not_found')) {
      expect(r.result.evidence.length, r.id).toBeGreaterThan(0);
      for (const e of r.result.evidence) expect(e.text, r.id).toContain(e.quote);
    }
  });

  it('explains in the claim language', () => {
    for (const r of rows) {
      if (r.id.startsWith('fr-')) expect(r.result.explanation, r.id).toMatch(/texte|affirmation/);
      else expect(r.result.explanation, r.id).toMatch(/source|claim|text/);
    }
  });
});
