// Nothing is suggested that the assistant would refuse: each candidate is asked first, through an
// injected `answerable` (the assistant's own offline answer, without history), and only grounded
// ones are offered. Verdicts are remembered for the life of the loaded index (one verifier per
// assistant, and a reload makes a new assistant), so the hot path asks each candidate once.
import { LRUCache } from 'lru-cache';
import type { Language } from '../../types.js';
import type { Candidate } from './candidates.js';
import { memoByText } from '../../lib/memo.js';
import { messageWords } from './tokens.js';

export type Answerable = (question: string, language: Language) => Promise<boolean>;

/**
 * Verdicts kept: candidates come from the corpus's headings, list items and questions in two
 * languages, a few thousand for a site of a few hundred pages.
 */
const VERDICTS_KEPT = 20_000;

/**
 * A question's words as its verdict is kept under, read once per text: every answer looks up the
 * same candidates (the corpus's labels and questions) again, and reading their words was about 3%
 * of an uncached offline answer's CPU (in-process profile, answer cache off).
 */
const wordsOf = memoByText((question: string) => messageWords(question).text);
/**
 * The key itself kept per language, read from wordsOf once: the same string comes back, so its
 * hash is V8's already, where a key joined anew on each look-up was hashed anew (twice a candidate).
 */
const keysOf: Record<Language, (question: string) => string> = {
  fr: memoByText((question) => `fr\u0000${wordsOf(question)}`),
  en: memoByText((question) => `en\u0000${wordsOf(question)}`),
};
const keyOf = (question: string, language: Language) => keysOf[language](question);

export class SuggestionVerifier {
  private readonly verdicts = new LRUCache<string, Promise<boolean>>({ max: VERDICTS_KEPT });

  constructor(private readonly answerable: Answerable) {}

  /** Asked (once per index) and grounded. A failed check is not remembered, so it is tried again later. */
  isAnswerable(question: string, language: Language): Promise<boolean> {
    return this.verdictOf(question, language, keyOf(question, language));
  }

  /** isAnswerable with the question's key already read (pick reads it once per candidate). */
  private verdictOf(question: string, language: Language, key: string): Promise<boolean> {
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.answerable(question, language).catch(() => {
        this.verdicts.delete(key);
        return false;
      });
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /** Checked and found answerable: a question the assistant itself offered, and will answer as asked. */
  wasVerified(question: string, language: Language): Promise<boolean> {
    return this.verdicts.get(keyOf(question, language)) ?? Promise.resolve(false);
  }

  /**
   * The first `count` candidates that are answerable, in order. At most `budget` candidates not checked
   * before are asked, so one turn never costs more than `budget` extra answers.
   */
  async pick(candidates: readonly Candidate[], language: Language, count: number, budget: number): Promise<string[]> {
    const picked: string[] = [];
    let asked = 0;
    // A translated label not answered is tried in its own words (its fallback), in the same place.
    // Its key read once: reading it for the look-up and again for the verdict was half of picking
    // (two memo look-ups a candidate, every answer asking the same candidates).
    const asking = async (question: string): Promise<boolean | null> => {
      const key = keyOf(question, language);
      const known = this.verdicts.has(key);
      if (!known && asked >= budget) return null;
      if (!known) asked++;
      return this.verdictOf(question, language, key);
    };
    for (const c of candidates) {
      if (picked.length >= count) break;
      const question = (await asking(c.question)) ? c.question : c.fallback && (await asking(c.fallback)) ? c.fallback : null;
      if (question) picked.push(question);
    }
    return picked;
  }
}
