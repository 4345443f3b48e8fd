// Conversation benchmark (issue 16): what offering checked suggestions costs per question. The
// fixture's questions are answered by the plain answering pipeline (the baseline, same index, same
// run) and by the conversational layer, twice each: cold (first time: every candidate suggestion is
// asked before it is offered) and warm (verdicts and answers cached for the loaded index).
// npm run bench:conversation [-- --corpus DIR --questions FILE]
import { parseArgs } from 'node:util';
import { Assistant } from '../../src/answer/assistant.js';
import { loadConfig } from '../../src/config.js';
import { readQuestionSet } from '../../src/evaluation/questionSet.js';
import { withThrowawayIndex } from '../../src/evaluation/throwawayIndex.js';
import { loadAssistant } from '../../src/serve/services.js';
import type { Language } from '../../src/types.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'test/fixtures/multidoc/corpus' },
    questions: { type: 'string', default: 'test/fixtures/multidoc/questions.jsonl' },
  },
});

interface Asker {
  answer(request: { message: string; lang: Language }): Promise<unknown>;
}

async function pass(asker: Asker, questions: Array<{ q: string; lang: Language }>): Promise<number[]> {
  const times: number[] = [];
  for (const { q, lang } of questions) {
    const started = performance.now();
    await asker.answer({ message: q, lang });
    times.push(performance.now() - started);
  }
  return times;
}

function row(name: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return `| ${name} | ${times.length} | ${mean.toFixed(1)} | ${at(0.5).toFixed(1)} | ${at(0.95).toFixed(1)} | ${sorted.at(-1)?.toFixed(1)} |`;
}

const questions = await readQuestionSet(values.questions);
await withThrowawayIndex(loadConfig(), values.corpus, async (config) => {
  const { assistant } = await loadAssistant(config);
  const plain = new Assistant({ retriever: assistant.retriever, cacheSize: config.ANSWER_CACHE_SIZE });
  // Warm the process (dictionary, stemmers, JIT) before anything is timed.
  await pass(new Assistant({ retriever: assistant.retriever, cacheSize: 0 }), questions.slice(0, 10));
  // Before any question: the first greeting checks the example candidates (once per index and language).
  const greeting = performance.now();
  await assistant.answer({ message: 'Bonjour', lang: 'fr' });
  const first = performance.now() - greeting;
  const again = performance.now();
  await assistant.answer({ message: 'Bonjour', lang: 'fr' });
  const next = performance.now() - again;
  const rows = [
    row('plain pipeline, cold (baseline)', await pass(plain, questions)),
    row('conversational, cold', await pass(assistant, questions)),
    row('plain pipeline, warm (baseline)', await pass(plain, questions)),
    row('conversational, warm', await pass(assistant, questions)),
  ];
  console.log(
    [
      `${questions.length} questions of ${values.questions} over ${values.corpus}; milliseconds per question`,
      '',
      '| run | questions | mean | p50 | p95 | max |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
      `first greeting (examples checked): ${first.toFixed(1)} ms · next greeting: ${next.toFixed(1)} ms`,
    ].join('\n'),
  );
});
