// The English words a question may use for a word the corpus's English pages write: WordNet's
// synonyms (members of one synset), reduced at ingestion to the corpus's own words, so a question
// needs no WordNet. "erase" finds "delete your data"; "put" finds "cookies are set". WordNet lists rare senses beside common ones ("cut" is a trend, "lives" last), so a pair
// is kept only where the synset is among the first senses of both words (the sense the public means
// and the sense a page most likely writes), in a part of speech each word can be, neither word one
// of the commonest verbs WordNet splits into dozens of senses, and only where a page writes both.
import winkLemmatizer from 'wink-lemmatizer';
import { englishStem, isTextStopWord, words } from './analyzer.js';
import { englishTags } from './englishBase.js';
import { WORDNET_PARTS, WordNet, type WordNetPart, wordNetDir } from './wordnet.js';

/**
 * A synset counts for a corpus word only among its first this many senses (WordNet orders them by
 * their frequency in tagged text): the pages write plain words in their usual senses. 3 is where
 * "collect" keeps its gather sense (its third). Count on the multidoc fixture's English words, each
 * side at the same value: 4,890 pairs at 2, 6,507 at 3 and 7,656 at 4 ("live" → keep, "checks" →
 * stay) before lemmas and parts of speech were read (lemmasOf), 2,164 at 3 after; 2,311 with
 * ASKED_SENSES and MAX_SENSES as they are.
 */
export const SYNONYM_SENSES = 3;
/**
 * A synset counts for the question's word among its first this many senses: one more than a page's
 * word, since the public writes "information" for data (its fourth sense, data's first). Measured
 * on the multidoc fixture: 3 leaves "How can I get IOM to erase my personal information?" without
 * the privacy page; 4 on both sides made "data" find "information" too, and lost "Where does the
 * Missing Migrants Project get its data?" to the DTM's line.
 */
export const ASKED_SENSES = 4;
/**
 * A word with more senses than this (in one part of speech) gets and gives no synonym: WordNet
 * splits the commonest verbs into dozens (go 30, take 42, cut 41), and their first few no longer
 * say which one a question or a page means. Measured on the multidoc fixture's sets: without a
 * limit "going" found "move" and the unanswerable "Is there a weight limit on luggage for migrants
 * going home?" was answered; 20 also dropped put → set (set has 25), which finds "cookies are set
 * only with your consent" for "Does the site put cookies on my computer?"; 25 kept it.
 */
export const MAX_SENSES = 25;

/** A question word's lemma and part of speech as keyed (lemmaKey) → the corpus's English words WordNet gives as its synonyms (sorted). */
export type SynonymTable = Record<string, string[]>;

/** Penn tags' first letter (wink-lexicon's tags) → the WordNet part of speech they are. */
const PARTS_OF_TAGS: Record<string, WordNetPart> = { N: 'noun', V: 'verb', J: 'adj', R: 'adv' };

/** The table's key of a lemma in one part of speech. */
const lemmaKey = (lemma: string, part: WordNetPart) => `${lemma}/${part}`;

/** A lemma's base by part of speech: wink's lemmatizer (WordNet's exception lists, regular endings); an adverb is its own. */
const BASES: Record<WordNetPart, (word: string) => string> = {
  noun: (w) => winkLemmatizer.lemmatizeNoun(w),
  verb: (w) => winkLemmatizer.lemmatizeVerb(w),
  adj: (w) => winkLemmatizer.lemmatizeAdjective(w),
  adv: (w) => w,
};

/**
 * What an English word can be (lower case): for each part of speech wink's lexicon gives it (every
 * part for a word it lacks), the word and its base ("homes" → home/noun only: not the adjective
 * "home", internal; "data" → data and datum, nouns). Both sides of the table read words so.
 */
export function lemmasOf(word: string): Array<[string, WordNetPart]> {
  const tags = englishTags(word);
  const parts = tags ? [...new Set(tags.map((t) => PARTS_OF_TAGS[t[0]]).filter((p) => p !== undefined))] : WORDNET_PARTS;
  const out: Array<[string, WordNetPart]> = [];
  for (const part of parts) for (const lemma of new Set([word, BASES[part](word)])) out.push([lemma, part]);
  return out;
}

/** A lemma of one word, no stop word, no phrase ("pull_together"). */
const singleWord = (lemma: string) => /^[a-z]+$/.test(lemma) && !isTextStopWord(lemma, 'en');

/** Each lemma (lemmaKey) the pages write, in each part of speech its words can be → the pages (their indexes) that write it. */
function pagesOfLemmas(pages: readonly string[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  pages.forEach((text, page) => {
    for (const w of new Set(words(text))) {
      if (!singleWord(w)) continue;
      for (const [lemma, part] of lemmasOf(w)) {
        const key = lemmaKey(lemma, part);
        out.set(key, (out.get(key) ?? new Set()).add(page));
      }
    }
  });
  return out;
}

/**
 * The synonym table of a corpus's English pages, each page one text (empty without them or without
 * WordNet installed): for each lemma a word of the pages is (lemmasOf), each member of its first
 * SYNONYM_SENSES synsets whose own first ASKED_SENSES hold that synset, neither of more than
 * MAX_SENSES senses, keyed by the member and the part of speech; and only where one page writes
 * both words. WordNet says two words share a sense, not that the corpus means it: a page keeps to
 * one sense of a word (one sense per discourse), so a page writing both attests the shared one
 * ("deleted or erased", "put" and "set" of cookies), while a word the corpus writes elsewhere, or
 * never, was found through any of its senses (enquiry → research, organisation → arrangement,
 * border → margin). On the multidoc fixture: 2,311 pairs without this, 100 with it.
 */
export function buildSynonyms(englishPages: readonly string[], dir: string | null = wordNetDir()): SynonymTable {
  if (!dir || !englishPages.length) return {};
  const wordnet = new WordNet(dir);
  const pagesOf = pagesOfLemmas(englishPages);
  const together = (a: string, b: string) => [...(pagesOf.get(a) ?? [])].some((page) => pagesOf.get(b)?.has(page));
  const table = new Map<string, Map<string, string>>();
  try {
    for (const key of pagesOf.keys()) {
      const [lemma, part] = key.split('/') as [string, WordNetPart];
      const own = englishStem(lemma);
      const senses = wordnet.synsets(lemma, part);
      if (senses.length > MAX_SENSES) continue;
      for (const offset of senses.slice(0, SYNONYM_SENSES)) {
        for (const member of wordnet.members(offset, part)) {
          if (!singleWord(member) || englishStem(member) === own) continue;
          const asked = wordnet.synsets(member, part);
          if (asked.length > MAX_SENSES || !asked.slice(0, ASKED_SENSES).includes(offset)) continue;
          const key = lemmaKey(member, part);
          if (!together(key, lemmaKey(lemma, part))) continue;
          const found = table.get(key) ?? new Map<string, string>();
          if (!found.has(own)) found.set(own, lemma);
          table.set(key, found);
        }
      }
    }
  } finally {
    wordnet.close();
  }
  return Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, found]) => [k, [...found.values()].sort()]));
}

/**
 * Particles that make the word before them a phrasal verb: "set up" is to found, which none of
 * set's senses is, and WordNet lists it as a lemma of its own (set_up), which a question of single
 * words never looks up. Without this, "Under what name was the organisation first set up?" found
 * set → put, place (own vocab v09: a refusal became four wrong lines). Not "in", "on": they are
 * mostly prepositions ("put cookies on my computer").
 */
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'off', 'down', 'away', 'back']);

/** Whether the question's word at i is the verb of a phrasal verb (the next word a PHRASAL_PARTICLES particle): its synonyms are another verb's. */
export const beginsPhrasalVerb = (ws: readonly string[], i: number) => PHRASAL_PARTICLES.has(ws[i + 1]?.toLowerCase() ?? '');

/** The corpus's words a table gives as synonyms of an English question word (lower case), none of its own stem. */
export function synonymsOf(table: SynonymTable | undefined, word: string): string[] {
  if (!table) return [];
  const own = englishStem(word);
  const out = new Set<string>();
  for (const [lemma, part] of lemmasOf(word)) {
    const key = lemmaKey(lemma, part);
    if (!Object.hasOwn(table, key)) continue;
    for (const w of table[key]) if (englishStem(w) !== own) out.add(w);
  }
  return [...out];
}
