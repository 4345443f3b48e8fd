// Which of an English question word's French translations stand for one part of speech only, so
// that a passage word sharing their stem but written as the other is another word: "trafficking"
// translates to "traite" (a noun), and "L'OIM ne traite pas les demandes" writes the verb "traiter"
// in the same spelling; "founded" translates to "fonder", and "les fonds" (funds) share its stem.
// Read from the English word (wink-lexicon's tags) and the translation's dictionary form; the
// passage side is text/wordClass.ts. Only translations: a French question's own word carries no
// sense to compare ("l'aide" and "l'OIM aide" mean one thing), a translation does.
import { MemoUntilFull } from '../lib/memo.js';
import { hasInfinitiveShape, englishWordClass, type WordClass } from '../text/wordClass.js';
import { englishBaseStem, englishStem, stemIn } from '../text/analyzer.js';
import { related } from '../text/stemSet.js';

/** The translations a group's stems come from (terms.ts Form: a word and its language). */
interface Translation {
  word: string;
  language: string;
}

/**
 * The rules, each with why (pairs in test/core/wordSenses.test.ts). A rule applies to a stem when
 * every French translation giving it fits: one translation of another shape keeps the stem open to
 * both ("aid" → aide and aider).
 */
export const SENSE_RULES: ReadonlyArray<{
  id: string;
  /** What the English word is (englishWordClass). */
  english: WordClass;
  /** Does a French translation of it fit the rule? */
  fits: (french: string) => boolean;
  /** Written as this class in a passage, the translation's stem is another word. */
  other: WordClass;
  why: string;
}> = [
  {
    id: 'noun-not-verb',
    english: 'noun',
    // A plural from the corpus's own translations ("dossiers") is read as its singular.
    fits: (french) => !hasInfinitiveShape(french.replace(/[sx]$/, '')),
    other: 'verb',
    why: 'an English word that is never a verb translates to a noun or an adjective, and a French dictionary form not shaped like an infinitive is no verb: "trafficking" → "traite", while "ne traite pas" is the verb traiter',
  },
  {
    id: 'verb-not-noun',
    english: 'verb',
    fits: hasInfinitiveShape,
    other: 'noun',
    why: 'an English word that is a verb and never a noun ("founded") translates to infinitives: "fonder", while "les fonds", "appel de fonds" are the noun fonds',
  },
];

/** The dictionary both ways (Glossary.senses, or toEnglish in an older index, and Glossary.entries): what tells a stem's meanings apart. */
export interface SenseDictionary {
  /** English words for a French stem (every French word of that stem). */
  englishOf: (frenchStem: string) => readonly string[];
  /** French words for an English word. */
  frenchOf: (english: string) => readonly string[];
}

type SenseRule = (typeof SENSE_RULES)[number];

/**
 * Does a French stem have a meaning besides the one the question word's translations carry? The
 * dictionary's English words for it (every French word sharing the stem) must include one
 * unrelated to the question word ("fond" → farm, fund beside "founded"; "trait" → handle, treat
 * beside "trafficking"), and none may be translated both by the question's translation and by a
 * word of the stem of the other shape ("help" → aide and aider: the noun and the verb of "aid" mean
 * one thing). When every English word relates to the question word ("lanc" → launch: "le
 * lancement" is the launch), or the dictionary says nothing, both count as before.
 */
function hasOtherMeaning(word: string, stem: string, written: readonly string[], rule: SenseRule, dictionary: SenseDictionary): boolean {
  const english = dictionary.englishOf(stem);
  const own = englishStem(word);
  if (!english.some((e) => !related(englishBaseStem(e.toLowerCase()), own))) return false;
  return !english.some((e) => {
    const french = dictionary.frenchOf(e).map((f) => f.toLowerCase());
    return french.some((f) => written.includes(f)) && french.some((f) => stemIn(f, 'fr') === stem && !rule.fits(f));
  });
}

/** Answers remembered per word and translations, up to this many per dictionary: a question's words come back question after question. */
const REMEMBERED = 10_000;
const remembered = new WeakMap<SenseDictionary, MemoUntilFull<ReadonlyMap<string, WordClass> | null>>();

/**
 * Stems of the word's French translations → the class in which a passage word of that stem is
 * another word (SENSE_RULES, for stems with another meaning: see hasOtherMeaning); null for none.
 * Remembered per dictionary: reading them took 0.06 ms a question (+11% of reading the multidoc
 * fixture's 105 questions, CPU, load ~4), and a word and its translations give the same answer.
 */
export function otherWordsOf(
  word: string,
  forms: readonly Translation[],
  own: readonly string[],
  dictionary: SenseDictionary,
): ReadonlyMap<string, WordClass> | null {
  const memo = remembered.get(dictionary) ?? new MemoUntilFull<ReadonlyMap<string, WordClass> | null>(REMEMBERED);
  remembered.set(dictionary, memo);
  const key = [word, own.join(' '), ...forms.map((f) => `${f.language}:${f.word}`)].join('|');
  const found = memo.get(key);
  return found === undefined ? memo.set(key, readOtherWords(word, forms, own, dictionary)) : found;
}

function readOtherWords(
  word: string,
  forms: readonly Translation[],
  own: readonly string[],
  dictionary: SenseDictionary,
): ReadonlyMap<string, WordClass> | null {
  const english = englishWordClass(word);
  if (english === null) return null;
  const rule = SENSE_RULES.find((r) => r.english === english);
  if (!rule) return null;
  // Each stem's translations as written, and whether every one fits the rule.
  const written = new Map<string, string[]>();
  const fits = new Map<string, boolean>();
  for (const f of forms) {
    if (f.language !== 'fr') continue;
    const french = f.word.toLowerCase();
    const s = stemIn(french, 'fr');
    written.set(s, [...(written.get(s) ?? []), french]);
    fits.set(s, (fits.get(s) ?? true) && rule.fits(french));
  }
  const out = new Map<string, WordClass>();
  // The question word's own stem is no translation: it keeps every sense.
  for (const [s, fit] of fits)
    if (fit && !own.includes(s) && hasOtherMeaning(word, s, written.get(s) ?? [], rule, dictionary)) out.set(s, rule.other);
  return out.size ? out : null;
}
