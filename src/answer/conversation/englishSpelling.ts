// How the corpus's English pages write a word: what a translated label is checked against before it
// is shown. The dictionary's and the cognate rules' forms are made for searching (accents folded,
// "mediterranee"), not for reading: a word is offered only as English text of the organisation
// writes it. Read the way the outline reads names: a word written inside a sentence in lower case is
// a common word; one only ever capitalised there is a name.
import type { Chunk, Language } from '../../types.js';

const LOWER_CASE = /(?<=\s)\p{Ll}[\p{L}'’-]*/gu;
/** A capitalised word after a lower-case word (and perhaps a comma): inside a sentence, not opening it. */
const CAPITALISED = /(?<=\p{Ll}[,;]? )\p{Lu}[\p{L}-]*/gu;

export class EnglishSpelling {
  private readonly lowerCase = new Set<string>();
  /** Lower case → the word as a sentence writes it capitalised. */
  private readonly capitalised = new Map<string, string>();

  constructor(chunks: readonly Chunk[], languageOf: (source: string) => Language | null) {
    for (const c of chunks) {
      if (languageOf(c.source) !== 'en') continue;
      for (const w of c.text.match(LOWER_CASE) ?? []) this.lowerCase.add(w);
      for (const w of c.text.match(CAPITALISED) ?? []) if (!this.capitalised.has(w.toLowerCase())) this.capitalised.set(w.toLowerCase(), w);
    }
  }

  /** The word as the English pages write it (lower case when they ever do), or null when they never do. */
  spelling(word: string): string | null {
    const lower = word.toLowerCase();
    if (this.lowerCase.has(lower)) return lower;
    return this.capitalised.get(lower) ?? null;
  }

  /** Written by the English pages, and only ever with a capital inside a sentence: a proper name. */
  isName(word: string): boolean {
    const lower = word.toLowerCase();
    return this.capitalised.has(lower) && !this.lowerCase.has(lower);
  }
}
