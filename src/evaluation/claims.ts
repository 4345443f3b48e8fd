// A claim set (the format of test/verify/claims.jsonl: one claim a line with the verdict a
// careful reader would give) through the fact checker the server uses, and its confusion table.
import { z } from 'zod';
import type { Verdict, VerifyResult, VerifyService } from '../verify/types.js';
import { readJsonLines } from './jsonl.js';

export const VERDICTS = ['supported', 'contradicted', 'not_found'] as const;

export const claimSchema = z.strictObject({
  /** Starts with the claim's language, "fr-" or "en-", as in test/verify/claims.jsonl. */
  id: z.string().min(1),
  claim: z.string().min(1),
  expected: z.enum(VERDICTS),
  /** What the claim tests (a year's figure, a negation…), shown beside a miss. */
  kind: z.string(),
});
export type Claim = z.infer<typeof claimSchema>;

export interface ClaimResult extends Claim {
  verdict: Verdict;
  explanation: string;
}

export interface ClaimSummary {
  claims: number;
  right: number;
  /** Claims judged "supported" that are not: the error a fact checker must never make. */
  falseSupported: number;
  /** expected → verdict → count. */
  matrix: Record<Verdict, Record<Verdict, number>>;
  byLanguage: Record<string, { claims: number; right: number }>;
}

export async function readClaimSet(file: string): Promise<Claim[]> {
  const claims = await readJsonLines(file, claimSchema, 'claim');
  const ids = claims.map((c) => c.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`${file}: claim id "${repeated}" is used twice`);
  return claims;
}

export function claimLanguage(claim: Claim): string {
  return /^([a-z]{2})-/.exec(claim.id)?.[1] ?? 'other';
}

export async function runClaims(verifier: VerifyService, claims: Claim[]): Promise<{ results: ClaimResult[]; summary: ClaimSummary }> {
  const results: ClaimResult[] = [];
  for (const c of claims) {
    const outcome: VerifyResult = await verifier.verify(c.claim);
    results.push({ ...c, verdict: outcome.verdict, explanation: outcome.explanation });
  }
  return { results, summary: summarizeClaims(results) };
}

export function summarizeClaims(results: ClaimResult[]): ClaimSummary {
  const row = () => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const matrix = Object.fromEntries(VERDICTS.map((v) => [v, row()])) as ClaimSummary['matrix'];
  const byLanguage: ClaimSummary['byLanguage'] = {};
  for (const r of results) {
    matrix[r.expected][r.verdict]++;
    const key = claimLanguage(r);
    byLanguage[key] ??= { claims: 0, right: 0 };
    const lang = byLanguage[key];
    lang.claims++;
    if (r.verdict === r.expected) lang.right++;
  }
  return {
    claims: results.length,
    right: results.filter((r) => r.verdict === r.expected).length,
    falseSupported: results.filter((r) => r.verdict === 'supported' && r.expected !== 'supported').length,
    matrix,
    byLanguage,
  };
}

export function formatClaimReport({ results, summary }: { results: ClaimResult[]; summary: ClaimSummary }): string {
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
  const lines = [
    `| expected \\ verdict | ${VERDICTS.join(' | ')} | total |`,
    `|---|${VERDICTS.map(() => '---|').join('')}---|`,
    ...VERDICTS.map((e) => {
      const cells = VERDICTS.map((v) => summary.matrix[e][v]);
      return `| ${e} | ${cells.join(' | ')} | ${cells.reduce((a, b) => a + b, 0)} |`;
    }),
    '',
    `claims right: ${summary.right}/${summary.claims} (${pct(summary.right, summary.claims)}) · false "supported": ${summary.falseSupported} · ${Object.entries(
      summary.byLanguage,
    )
      .map(([lang, s]) => `${lang} ${s.right}/${s.claims}`)
      .join(' · ')}`,
  ];
  const misses = results.filter((r) => r.verdict !== r.expected);
  if (misses.length)
    lines.push('claims missed:', ...misses.map((r) => `  ${r.id}: expected ${r.expected}, got ${r.verdict} — "${r.claim}" (${r.kind})`));
  return lines.join('\n');
}
