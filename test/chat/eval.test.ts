// dev.jsonl through the same code path as the API (offline), with the thresholds.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import { formatReport, runEval, type EvalSummary, type QuestionResult } from '../../src/evaluation/runEval.js';
import { readQuestionSet } from '../../src/evaluation/questionSet.js';
import { createServer } from '../../src/serve/createServer.js';
import { devSetPath } from '../helpers/devSet.js';
import { testConfig } from '../helpers/server.js';

const DEV_SET = devSetPath();

describe.skipIf(!DEV_SET)('dev question set (offline answers)', () => {
  let results: QuestionResult[];
  let summary: EvalSummary;
  let assistant: Assistant;

  beforeAll(async () => {
    ({ assistant } = await createServer(await testConfig()).services());
    const report = await runEval(assistant, await readQuestionSet(DEV_SET!));
    ({ results, summary } = report);
    console.log(formatReport(report));
  });

  it('finds the gold passages within the top 3: 100% French, at least 90% English', () => {
    const { fr, en } = summary.byLanguage;
    expect(fr.hit3 / fr.questions).toBe(1);
    expect(en.hit3 / en.questions).toBeGreaterThanOrEqual(0.9);
  });

  it('grounds every answerable question with valid markers, gold passages cited and facts stated', () => {
    const failing = results.filter((r) => r.answerable && !(r.grounded && r.markersValid && r.goldCited && r.factsFound));
    expect(failing.map((r) => r.id)).toEqual([]);
  });

  it('refuses every unanswerable question', () => {
    expect(results.filter((r) => !r.answerable && !r.refused).map((r) => r.id)).toEqual([]);
  });

  it('says none of the forbidden strings', () => {
    expect(summary.forbidden).toBe(0);
  });
});
