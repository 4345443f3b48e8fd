// A second question set written by the team (not the dev set), with accent-free and lower-case
// variants of dev questions: a guard on how the answering generalises, not a target to tune to.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldAccents } from '../../src/text/analyzer.js';
import { formatReport, runEval, type EvalSummary, type QuestionResult } from '../../src/evaluation/runEval.js';
import { questionSchema, readQuestionSet, type Question } from '../../src/evaluation/questionSet.js';
import { createServer } from '../../src/serve/createServer.js';
import { devSetPath } from '../helpers/devSet.js';
import { REPO_ROOT, testConfig } from '../helpers/server.js';

const PROBE = path.join(REPO_ROOT, 'test/fixtures/questions/probe.jsonl');
const DEV_SET = devSetPath();

/** Dev questions as a hurried visitor types them: lower case, no accents. */
async function sloppyDevQuestions(): Promise<Question[]> {
  if (!DEV_SET) return [];
  const lines = (await readFile(DEV_SET, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((l) => {
    const q = questionSchema.parse(JSON.parse(l));
    return { ...q, id: `sloppy-${q.id}`, q: foldAccents(q.q).toLowerCase() };
  });
}

describe('held-out probe questions (offline answers)', () => {
  let results: QuestionResult[];
  let summary: EvalSummary;

  beforeAll(async () => {
    const { assistant } = await createServer(await testConfig()).services();
    const report = await runEval(assistant, [...(await readQuestionSet(PROBE)), ...(await sloppyDevQuestions())]);
    ({ results, summary } = report);
    console.log(formatReport(report));
  });

  it('passes every check on at least 85% of the questions', () => {
    expect(summary.ok / results.length).toBeGreaterThanOrEqual(0.85);
  });

  it('refuses at least 90% of the unanswerable questions and finds the gold passage in the top 3 for 90% of the others', () => {
    expect(summary.refused / summary.unanswerable).toBeGreaterThanOrEqual(0.9);
    const { fr, en } = summary.byLanguage;
    expect((fr.hit3 + en.hit3) / (fr.questions + en.questions)).toBeGreaterThanOrEqual(0.9);
  });

  it('never breaks a marker', () => {
    expect(results.filter((r) => !r.markersValid).map((r) => r.id)).toEqual([]);
  });
});
