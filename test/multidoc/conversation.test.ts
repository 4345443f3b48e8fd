// The conversational layer on the multi-document fixture (a site export with menus on every page):
// every suggestion offered after a fixture question, asked back, is answered grounded (fast-check
// picks the question, its opening and what was asked before), greeting examples too; refusals never
// offer a menu label (a line three or more of its pages repeat) and offer questions, not labels.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import { loadConfig } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { normalizeForMatch, type Question, readQuestionSet } from '../../src/evaluation/questionSet.js';
import { ingest } from '../../src/ingest/ingest.js';
import { loadAssistant } from '../../src/serve/services.js';
import { examplesUnanswered, suggestionProperty } from '../conversation/askBack.js';
import { CORPUS_DIR, chromeLines, corpusFiles, QUESTIONS_FILE, textOf } from './support.js';

let root: string;
const asLabel = (text: string) =>
  normalizeForMatch(text)
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

describe('suggestions and refusals on the multi-document fixture', () => {
  let assistant: Assistant;
  let questions: Question[];
  let menuLabels: string[];
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'oim-conversation-'));
    const config = loadConfig({ CORPUS_DIR, INDEX_DIR: path.join(root, 'index') });
    await ingest({ config, embedder: createEmbedder(config) });
    ({ assistant } = await loadAssistant(config));
    questions = await readQuestionSet(QUESTIONS_FILE);
    const texts = new Map(corpusFiles().map((f) => [f, textOf(f)]));
    // Lines three or more pages repeat (menus, footers, banners), as labels: bullets and link syntax off.
    menuLabels = [
      ...new Set(
        chromeLines(texts)
          .map((l) => l.replace(/^[-*]\s+/, '').replace(/^\[(.*)\]\(.*\)$/, '$1'))
          .filter((l) => /\p{L}/u.test(l)),
      ),
    ];
  });

  it('answers grounded every example question a greeting offers', async () => {
    expect(await examplesUnanswered(assistant)).toEqual([]);
  });

  it('answers grounded every suggestion offered after a fixture question, asked back', async () => {
    await fc.assert(
      suggestionProperty(
        () => assistant,
        () => questions,
      ),
      { numRuns: 40 },
    );
  });

  it('never quotes a menu label in a refusal, and offers questions, not labels', async () => {
    const refusals = [
      ...questions.filter((q) => q.unanswerable).map((q) => ({ message: q.q, lang: q.lang })),
      { message: 'Quel temps fera-t-il demain à Genève ?', lang: 'fr' as const },
      { message: 'Who won the football world cup?', lang: 'en' as const },
    ];
    const quoted: string[] = [];
    let withSuggestions = 0;
    for (const request of refusals) {
      const answer = await assistant.answer(request);
      if (answer.grounded) continue;
      // The refusal's own sentences and each page it offers (a page's title may contain a menu's
      // words, "Who we are — IOM", but is never one of its labels on its own).
      const parts = answer.answer.split(/[:;.]/).map((part) => asLabel(part));
      for (const label of menuLabels) if (parts.includes(asLabel(label))) quoted.push(`${request.message} → "${label}"`);
      if (answer.suggestions?.length) withSuggestions++;
      for (const suggestion of answer.suggestions ?? [])
        if (!/^(Parlez-moi |Tell me about )|\?$/.test(suggestion)) quoted.push(`${request.message} → suggestion "${suggestion}"`);
    }
    expect(menuLabels.length).toBeGreaterThan(20);
    expect(quoted).toEqual([]);
    // The takeover attempts get none; the other refusals offer something to ask instead.
    expect(withSuggestions).toBeGreaterThan(refusals.length / 2);
  });
});
