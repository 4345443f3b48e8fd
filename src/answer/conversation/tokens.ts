// A message as the conversational catalogue reads it: its words with where each starts in the
// original text, lower-cased, accents folded and apostrophes unified, punctuation and emoji left out.
// Patterns are written over the words joined by single spaces ("qui etes-vous", "d'accord"), and a
// match maps back to the original text by counting words, so what follows a greeting is kept as typed.
import { MemoUntilFull } from '../../lib/memo.js';
import { foldAccents, isAscii } from '../../text/analyzer.js';

export interface MessageWords {
  /** Normalised words joined by single spaces. */
  readonly text: string;
  readonly words: readonly string[];
  /** Offset of each word in the original message. */
  readonly starts: readonly number[];
  readonly original: string;
}

// Hyphens and apostrophes stay inside words: "qui êtes-vous", "d'accord", "a-t-elle".
const WORD = /[\p{L}\p{N}]+(?:['’‘-][\p{L}\p{N}]+)*'?/gu;

/** Accented words normalised before starting over: the messages' and the corpus labels' words, a few thousand. */
const NORMALISED_WORDS_KEPT = 20_000;
const normalisedWords = new MemoUntilFull<string>(NORMALISED_WORDS_KEPT);

export function normaliseWord(word: string): string {
  // A plain ASCII word (most are) needs lower-casing only: normalising, folding and the curly
  // apostrophes leave it as it is, and they were most of reading a message (3 times per chat request).
  if (isAscii(word)) return word.toLowerCase();
  // An accented word is remembered: its two Unicode normalisations were 0.3 µs a word, half of
  // reading a French message's words (microbenchmark), and the same words come back.
  return normalisedWords.get(word) ?? normalisedWords.set(word, foldAccents(word.normalize('NFC').toLowerCase()).replace(/[’‘]/g, "'"));
}

export function messageWords(message: string): MessageWords {
  const words: string[] = [];
  const starts: number[] = [];
  // exec from the start rather than matchAll, which copies the regex on every call (a third of
  // finding a message's words, microbenchmark): the same matches in the same order.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(message); m !== null; m = WORD.exec(message)) {
    words.push(normaliseWord(m[0]));
    starts.push(m.index);
  }
  return { text: words.join(' '), words, starts, original: message };
}

/** What follows the first `count` words, as typed (punctuation between them dropped); '' when nothing does. */
export function restAfter(message: MessageWords, count: number): string {
  if (count >= message.words.length) return '';
  return message.original.slice(message.starts[count]).trim();
}

/** The first `count` words of the message, as typed. */
export function textBefore(message: MessageWords, count: number): string {
  if (count >= message.words.length) return message.original.trim();
  return message.original.slice(0, message.starts[count]).trim();
}

/** Words in a matched stretch of the normalised text. */
export function wordCount(matched: string): number {
  return matched.trim() ? matched.trim().split(' ').length : 0;
}
