// What the corpus's own text teaches about words, read once when an index is loaded:
// - its proper names: words it only ever writes capitalised inside a sentence (Sénégal, Sabatier,
//   Montoya), which say more about what a question asks than common words do;
// - the translations its translated pages attest: a page and its translation, aligned sentence by
//   sentence at ingestion, show which of a dictionary's senses the organisation uses ("States" ↔
//   "États", not "déclarer"; "office" ↔ "bureau", not "emploi").
import type { Chunk } from '../types.js';
import { analyze, englishStem, foldAccents, isStopWord, stem } from '../text/analyzer.js';

/** Least Dice coefficient (2·both / (each + each)) for an aligned pair of words to attest a translation. */
const MIN_DICE = 0.3;
/** A word must appear in this many aligned sentences before the alignment may rule on its translations. */
const MIN_EVIDENCE = 2;

/**
 * Words (lower case, accents folded) the corpus writes capitalised inside sentences and never in
 * lower case, in any inflection ("Bureaux" is no name where "bureau" is written).
 */
export function properNames(chunks: ReadonlyArray<Pick<Chunk, 'text'>>): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  const forms = (word: string) => [word, stem(word), englishStem(word)];
  for (const { text } of chunks) {
    for (const m of text.matchAll(/(?<=([\p{L}\p{N},]\s+|^))(\p{L}[\p{L}'’-]*)/gmu)) {
      const word = m[2];
      const key = foldAccents(word.toLowerCase());
      if (/^\p{Ll}/u.test(word)) for (const form of forms(key)) lower.add(form);
      // Only inside a sentence (after a word or a comma): a sentence's first word is capitalised anyway.
      else if (m[1] && /[\p{L}\p{N},]\s+$/u.test(m[1]) && /\p{Ll}/u.test(word)) capitalised.add(key);
    }
  }
  return new Set([...capitalised].filter((w) => !forms(w).some((f) => lower.has(f)) && w.length >= 3 && !isStopWord(w, 'en')));
}

/** The English/French word pairs the corpus's aligned sentences attest. */
export class AlignedLexicon {
  private readonly counts = new Map<string, number>();
  private readonly pairs = new Map<string, number>();

  constructor(chunks: ReadonlyArray<Pick<Chunk, 'text' | 'language' | 'translations'>>) {
    for (const chunk of chunks) {
      for (const t of chunk.translations ?? []) {
        const languages = `${chunk.language}>${t.language}`;
        if (languages !== 'fr>en' && languages !== 'en>fr') continue;
        for (const s of t.sentences) {
          const [french, english] = chunk.language === 'fr' ? [s.text, s.translation] : [s.translation, s.text];
          this.count(new Set(analyze(english, 'en')), new Set(analyze(french, 'fr')));
        }
      }
    }
  }

  private count(english: Set<string>, french: Set<string>): void {
    const add = (key: string) => this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    for (const e of english) add(`en:${e}`);
    for (const f of french) add(`fr:${f}`);
    for (const e of english) for (const f of french) this.pairs.set(`${e}|${f}`, (this.pairs.get(`${e}|${f}`) ?? 0) + 1);
  }

  /** Has the alignment seen this stem often enough to rule on its translations? */
  knows(stem: string, language: 'en' | 'fr'): boolean {
    return (this.counts.get(`${language}:${stem}`) ?? 0) >= MIN_EVIDENCE;
  }

  /** Do aligned sentences attest this English stem and this French stem as translations of each other? */
  attests(english: string, french: string): boolean {
    const both = this.pairs.get(`${english}|${french}`) ?? 0;
    const total = (this.counts.get(`en:${english}`) ?? 0) + (this.counts.get(`fr:${french}`) ?? 0);
    return total > 0 && (2 * both) / total >= MIN_DICE;
  }
}
