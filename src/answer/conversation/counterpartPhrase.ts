// A French label of several words, found on its page's English translation: a run of the English
// page whose content words are the French words' translations, one each, in whatever order English
// puts them ("États Membres" → "Member States"). Word-for-word translation cannot order a French
// noun phrase (adjectives and numbers follow the noun); the organisation's English page, which
// writes the phrase, can. The phrase is taken as the page writes it, and only when the page writes
// one such phrase: two different ones are two readings, and none is chosen.
import { englishStem, isStopWord } from '../../text/analyzer.js';

/** Labels of more content words than this are headings in sentence form: their words would match anywhere. */
export const MAX_PHRASE_WORDS = 4;
/**
 * Small words the English run may hold, per small word of the French label: "du" is "of the". A
 * label without any ("Données recueillies") must be matched by adjacent words: with small words
 * allowed between them, a clause such as "we collect the data" passed for its heading.
 */
const SMALL_WORDS_PER_FRENCH_ONE = 2;
/** Sentence punctuation: a phrase does not cross it. */
const CLAUSE = /[.;:!?,()[\]"“”«»|—–]+/;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Does each content word take a different French word's option (a small bipartite matching; n ≤ MAX_PHRASE_WORDS)? */
function assigns(stems: string[], options: ReadonlyArray<ReadonlySet<string>>, used = new Set<number>()): boolean {
  if (!stems.length) return true;
  const [first, ...rest] = stems;
  return options.some((set, i) => !used.has(i) && set.has(first) && assigns(rest, options, new Set(used).add(i)));
}

/** Runs of the clause with as many content words as `options`, matched one to one, each as written. */
function phrasesIn(clause: string, options: ReadonlyArray<ReadonlySet<string>>, smallWords: number): string[] {
  const tokens = [...clause.matchAll(TOKEN)].map((m) => ({ text: m[0], at: m.index, stem: englishStem(m[0].toLowerCase()) }));
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const content: number[] = [];
    let small = 0;
    for (let j = i; j < tokens.length && content.length < options.length; j++) {
      if (isStopWord(tokens[j].text.toLowerCase(), 'en') && content.length > 0) {
        if (++small > smallWords) break;
        continue;
      }
      if (!options.some((set) => set.has(tokens[j].stem))) break;
      content.push(j);
    }
    if (
      content.length !== options.length ||
      !assigns(
        content.map((j) => tokens[j].stem),
        options,
      )
    )
      continue;
    const last = tokens[content[content.length - 1]];
    found.push(clause.slice(tokens[i].at, last.at + last.text.length));
  }
  return found;
}

/**
 * The one phrase of the English text matching the French words' options (each a list of English
 * words, compared by stem), or null when there is none or more than one. `frenchSmallWords`: how
 * many small words (de, du, des…) the French label holds.
 */
export function counterpartPhrase(englishText: string, options: ReadonlyArray<readonly string[]>, frenchSmallWords: number): string | null {
  if (options.length < 2 || options.length > MAX_PHRASE_WORDS || options.some((o) => !o.length)) return null;
  const stems = options.map((o) => new Set(o.map((w) => englishStem(w.toLowerCase()))));
  const phrases = new Map<string, string>();
  for (const line of englishText.split('\n'))
    for (const clause of line.split(CLAUSE))
      for (const phrase of phrasesIn(clause, stems, frenchSmallWords * SMALL_WORDS_PER_FRENCH_ONE))
        phrases.set(phrase.toLowerCase(), phrase);
  return phrases.size === 1 ? [...phrases.values()][0] : null;
}
