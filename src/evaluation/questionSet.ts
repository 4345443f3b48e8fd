// The question-set format of ../shared/eval (one JSON object a line) and the matching rules it
// prescribes: phrases compare case-, accent- and apostrophe-insensitively.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { foldAccents } from '../retrieve/analyzer.js';

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
});
export type Question = z.infer<typeof questionSchema>;

export async function readQuestionSet(file: string): Promise<Question[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => {
      try {
        return questionSchema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${file}:${n}: not a valid question (${error instanceof Error ? error.message.split('\n')[0] : error})`);
      }
    });
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
