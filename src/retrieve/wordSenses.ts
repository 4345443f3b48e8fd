// Which of an English question word's French translations stand for one part of speech only, so
// that a passage word sharing their stem but written as the other is another word: "trafficking"
// translates to "traite" (a noun), and "L'OIM ne traite pas les demandes" writes the verb "traiter"
// in the same spelling; "founded" translates to "fonder", and "les fonds" (funds) share its stem.
// Read from the English word (wink-lexicon's tags) and the translation's dictionary form; the
// passage side is text/wordClass.ts. Only translations: a French question's own word carries no
// sense to compare ("l'aide" and "l'OIM aide" mean one thing), a translation does.
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

/**
 * Does a French stem have a meaning besides the question word's: the dictionary's English words
 * for it (Glossary.toEnglish, every word sharing the stem) include one unrelated to the question
 * word ("fond" → farm, found, foundation, fund for "founded"; "trait" → handle, treat for
 * "trafficking"). When they all relate ("lanc" → launch: "le lancement" is the launch) or the
 * dictionary says nothing, the stem's noun and verb are taken for one meaning and both count.
 */
function hasOtherMeaning(word: string, englishOf: readonly string[]): boolean {
  const own = englishStem(word);
  return englishOf.some((e) => !related(englishBaseStem(e.toLowerCase()), own));
}

/**
 * Stems of the word's French translations → the class in which a passage word of that stem is
 * another word (SENSE_RULES, for stems with another meaning: see hasOtherMeaning); null for none.
 */
export function otherWordsOf(
  word: string,
  forms: readonly Translation[],
  own: readonly string[],
  englishOf: (frenchStem: string) => readonly string[],
): Map<string, WordClass> | null {
  const english = englishWordClass(word);
  if (english === null) return null;
  const rule = SENSE_RULES.find((r) => r.english === english);
  if (!rule) return null;
  const fits = new Map<string, boolean>();
  for (const f of forms) {
    if (f.language !== 'fr') continue;
    const french = f.word.toLowerCase();
    const s = stemIn(french, 'fr');
    fits.set(s, (fits.get(s) ?? true) && rule.fits(french));
  }
  const out = new Map<string, WordClass>();
  // The question word's own stem is no translation: it keeps every sense.
  for (const [s, fit] of fits) if (fit && !own.includes(s) && hasOtherMeaning(word, englishOf(s))) out.set(s, rule.other);
  return out.size ? out : null;
}
