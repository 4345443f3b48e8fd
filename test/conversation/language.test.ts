// The visitor's language: short or ambiguous messages take the conversation's language, else the
// widget's, else the page's, before any detector's guess; clear messages keep their own. Measured on
// a written set of short messages in both languages (test/fixtures/conversation/short-messages.jsonl)
// against the detector alone, and on the labelled question sets, where a message judged clear must
// not be given the wrong language (the hint would otherwise have been right).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearLanguage, conversationLanguage, resolveLanguage, settleLanguage } from '../../src/answer/conversation/language.js';
import { recogniseTurn } from '../../src/answer/conversation/recognise.js';
import { detectLanguage } from '../../src/text/language.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const language = z.enum(['fr', 'en']);
const row = z.strictObject({
  message: z.string().min(1),
  history: z.array(z.strictObject({ role: z.enum(['user', 'assistant']), content: z.string() })).optional(),
  lang: language.optional(),
  pageLang: language.optional(),
  expected: language,
  why: z.string().min(3),
});

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => schema.parse(JSON.parse(l)));
}

const SHORT = readJsonl(path.join(ROOT, 'test/fixtures/conversation/short-messages.jsonl'), row);

/** Share of messages this function gives the expected language. */
function score(pick: (r: (typeof SHORT)[number]) => string): { right: number; misses: string[] } {
  const misses = SHORT.filter((r) => pick(r) !== r.expected).map((r) => `${JSON.stringify(r.message)} (${r.why})`);
  return { right: (SHORT.length - misses.length) / SHORT.length, misses };
}

describe('language of short messages', () => {
  it('has at least 40 messages in both languages, in all four situations', () => {
    expect(SHORT.length).toBeGreaterThanOrEqual(40);
    expect(SHORT.filter((r) => r.expected === 'fr').length).toBeGreaterThanOrEqual(15);
    expect(SHORT.filter((r) => r.expected === 'en').length).toBeGreaterThanOrEqual(15);
    expect(SHORT.filter((r) => r.history?.length).length).toBeGreaterThan(10);
    expect(SHORT.filter((r) => !r.history?.length && r.lang).length).toBeGreaterThan(3);
    expect(SHORT.filter((r) => !r.history?.length && !r.lang && r.pageLang).length).toBeGreaterThan(3);
    expect(SHORT.filter((r) => !r.history?.length && !r.lang && !r.pageLang).length).toBeGreaterThan(3);
  });

  it('gives at least 95% of them the expected language (the detector alone does far worse)', () => {
    const resolved = score((r) => {
      const reading = recogniseTurn(r.message);
      const guess = reading.type === 'smalltalk' ? reading.language : null;
      return resolveLanguage(r.message, { history: r.history, lang: r.lang, pageLang: r.pageLang, guess }).language;
    });
    const detector = score((r) => detectLanguage(r.message));
    console.log(
      `short messages: resolved ${(resolved.right * 100).toFixed(1)}%, detector alone ${(detector.right * 100).toFixed(1)}% of ${SHORT.length}`,
    );
    expect(resolved.right, `missed:\n${resolved.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    expect(detector.right).toBeLessThan(resolved.right);
  });

  it('names where the language came from', () => {
    const fr = [{ role: 'user' as const, content: "Combien d'États membres compte l'organisation ?" }];
    expect(resolveLanguage('OK', { history: fr, lang: 'en' })).toEqual({ language: 'fr', source: 'history' });
    expect(resolveLanguage('OK', { lang: 'en', pageLang: 'fr' })).toEqual({ language: 'en', source: 'widget' });
    expect(resolveLanguage('OK', { pageLang: 'fr' })).toEqual({ language: 'fr', source: 'page' });
    expect(resolveLanguage('Merci', { guess: 'fr' })).toEqual({ language: 'fr', source: 'guess' });
    expect(resolveLanguage('How many member states are there?', { history: fr, lang: 'fr' })).toEqual({
      language: 'en',
      source: 'message',
    });
  });

  it('reads an assistant turn by its first line, its own words, not the quotes under it', () => {
    const history = [
      {
        role: 'assistant' as const,
        content: 'Here is what the documents say:\nUne citation en français, assez longue pour être claire [1]',
      },
    ];
    expect(conversationLanguage(history)).toBe('en');
  });
});

describe('clear messages in the labelled question sets', () => {
  const question = z.object({ q: z.string(), lang: language });
  const files = [
    path.join(ROOT, '../shared/eval/dev.jsonl'),
    path.join(ROOT, 'test/fixtures/multidoc/questions.jsonl'),
    ...readdirSync(path.join(ROOT, 'test/fixtures/questions')).map((f) => path.join(ROOT, 'test/fixtures/questions', f)),
  ];
  const questions = files.flatMap((f) => readJsonl(f, question));

  it('are never given the wrong language, and most questions are clear', () => {
    const judged = questions.map((q) => ({ ...q, clear: clearLanguage(q.q) }));
    const wrong = judged.filter((q) => q.clear !== null && q.clear !== q.lang);
    const clear = judged.filter((q) => q.clear !== null).length;
    console.log(`labelled questions: ${clear}/${judged.length} clear, ${wrong.length} of them wrong`);
    expect(wrong.map((q) => q.q)).toEqual([]);
    expect(clear / judged.length).toBeGreaterThan(0.8);
  });

  it('settles the same language as resolveLanguage, which also names its source', () => {
    const cases = [
      ...SHORT.map((r) => ({ message: r.message, hints: { history: r.history, lang: r.lang, pageLang: r.pageLang } })),
      ...questions.flatMap((q) => [
        { message: q.q, hints: { lang: q.lang } },
        { message: q.q, hints: { lang: q.lang === 'fr' ? ('en' as const) : ('fr' as const) } },
        { message: q.q, hints: { pageLang: q.lang } },
        { message: q.q, hints: {} },
      ]),
    ];
    expect(cases.length).toBeGreaterThan(1000);
    for (const { message, hints } of cases) expect(settleLanguage(message, hints), message).toBe(resolveLanguage(message, hints).language);
    // "combien" leans French: with the widget in French and no conversation, French whatever the detector says.
    expect(settleLanguage("L'OIM a combien de membres ?", { lang: 'fr' })).toBe('fr');
  });
});
