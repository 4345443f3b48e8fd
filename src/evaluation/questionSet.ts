// The question-set format of ../shared/eval (one JSON object a line) and the matching rules it
// prescribes: phrases compare case-, accent- and apostrophe-insensitively.
import { z } from 'zod';
import { foldAccents } from '../text/analyzer.js';
import { readJsonLines } from './jsonl.js';

export const questionSchema = z.object({
  id: z.string(),
  lang: z.enum(['fr', 'en']),
  q: z.string().min(1),
  gold: z.array(z.string()).default([]),
  gold_any: z.array(z.string()).default([]),
  facts: z.array(z.string()).default([]),
  forbidden: z.array(z.string()).default([]),
  unanswerable: z.boolean().default(false),
  adversarial: z.boolean().default(false),
  /**
   * The document(s) that answer it, relative to the corpus folder: one file, or the page and its
   * copies (a duplicate capture, a print version, a translation) when any of them is right.
   */
  source: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
});
export type Question = z.infer<typeof questionSchema>;

/** The right documents of a question ([] when the set does not say). */
export function sourcesOf(question: Question): string[] {
  if (question.source === undefined) return [];
  return Array.isArray(question.source) ? question.source : [question.source];
}

export function readQuestionSet(file: string): Promise<Question[]> {
  return readJsonLines(file, questionSchema, 'question');
}

export function normalizeForMatch(text: string): string {
  return foldAccents(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ');
}

export function containsPhrase(haystack: string, phrase: string): boolean {
  return normalizeForMatch(haystack).includes(normalizeForMatch(phrase));
}

/** Gold phrases (all of gold, one of gold_any) found in the given passages together. */
export function goldFound(question: Question, passages: string[]): boolean {
  const text = passages.join('\n');
  const all = question.gold.every((g) => containsPhrase(text, g));
  const any = !question.gold_any.length || question.gold_any.some((g) => containsPhrase(text, g));
  return all && any;
}
