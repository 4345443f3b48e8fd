// FreeDict's fra-eng and eng-fra were typed by hand and carry misspelt translations: ménage is a
// "houshold", rapprochement a "reconcilliation", entreprise an "orginisation", coupure an
// "interuption". A misspelt word matches nothing a visitor types or a page writes, so the pair is
// lost both ways (a French question on households, an English one over a French page on ménages).
// A translation word that no dictionary of its language has as a headword is read as the one
// headword a single edit away, when there is exactly one. No spelling library (nspell, hunspell):
// the repair must land on a word of the installed dictionaries, the vocabulary the glossary pairs,
// and only when a single one is that close; a speller ranks its own suggestions from a word list
// of its own, and would add a package and two language dictionaries for ~45 words.
import type { DictEntry } from './dictShapes.js';

/**
 * Words shorter than this are left as written: one edit from a short word reaches many real words
 * and a short unknown word is more often an abbreviation than a typo. At 6 the fra-eng repairs are
 * typos only (houshold, accross, hygenic…); at 4, "ital" (an abbreviation) became "vital".
 */
export const MIN_TYPO_LENGTH = 6;

/** Letters an edit may insert or put in place of another (French accents included). */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ';

/**
 * Endings one letter long that make another form of the same word, not a typo: "burdock" is no
 * misspelt "burdocks", "choc" no misspelt "chocs", "reassure" no "reassured", "bagpipe" no
 * "bagpiper". An edit that only adds or takes one of these at the end is not a repair.
 */
const INFLECTION_LETTERS = new Set(['s', 'x', 'e', 'd', 'r']);

/**
 * Words one edit from `word`: a letter left out, added, replaced or two swapped. Never at the first
 * letter (elided articles glued on, "dhudson" for Hudson, and proper names one letter from a word:
 * nelson/telson), nor an inflection's letter at the end.
 */
function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  const last = word.length;
  for (let i = 1; i <= last; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail && !(i === last - 1 && INFLECTION_LETTERS.has(tail))) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      if (tail) out.add(head + c + tail.slice(1));
      if (!(i === last && INFLECTION_LETTERS.has(c))) out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}

/** The vocabulary a translation is checked against: its language's headwords, and the words of the other language left alone. */
export interface TypoLexicons {
  /** Single words of the translations' language (lower case). */
  own: ReadonlySet<string>;
  /**
   * The language's stemmer. Headwords are base forms, and an inflected translation ("directors",
   * "called", "candidats") whose stem is a headword is a known word, not a typo of the one headword
   * an edit away (directory, caller, candidate). Stemming the lexicon instead took 2.3 s.
   */
  stemOf: (word: string) => string;
  /** `own` with accented words also unaccented, as stemOf's stems are. */
  ownFolded: ReadonlySet<string>;
  /** A stop word of the language: a word even when no dictionary has it as a headword (tandis). */
  isStopWord: (word: string) => boolean;
  /** Single words of the headwords' language: a translation that is one ("project" in eng-fra) is a word left as it is. */
  other: ReadonlySet<string>;
}

/**
 * The forms a word may be an inflection of: without a plural's ending, its stem, and its stem with
 * the e stemmers take off (advis, advise). The word is inflected when one of them is a headword.
 */
function inflectionBases(word: string, stemOf: (word: string) => string): string[] {
  const stemmed = stemOf(word);
  return [word.replace(PLURAL, ''), stemmed, `${stemmed}e`];
}

/** A plural's ending, in both languages: abeilles is abeille's. */
const PLURAL = /[sx]$/;

/** A word typoFix leaves as written whatever is one edit away: a headword of either language, a stop word, an inflection of a headword. */
function isKnownWord(word: string, lexicons: TypoLexicons): boolean {
  if (lexicons.own.has(word) || lexicons.other.has(word) || lexicons.isStopWord(word)) return true;
  return inflectionBases(word, lexicons.stemOf).some((base) => lexicons.ownFolded.has(base));
}

/** Is the word one typoFix reads at all: long enough, in lower case (a capital is a name's)? */
function mayBeTypo(word: string): boolean {
  return word.length >= MIN_TYPO_LENGTH && word === word.toLowerCase();
}

/** The one headword `word` is a typo of, or null (a known word, a name, too short, none or several one edit away). */
export function typoFix(word: string, lexicons: TypoLexicons): string | null {
  if (!mayBeTypo(word) || isKnownWord(word, lexicons)) return null;
  let found: string | null = null;
  for (const candidate of oneEditAway(word)) {
    if (!lexicons.own.has(candidate)) continue;
    if (found) return null;
    found = candidate;
  }
  return found;
}

/** A word of a translation: typos are repaired word by word ("houshold chores"). */
const WORD = /\p{L}+/gu;

/** The entries with their translations' typos repaired (typoFix), each word of a phrase on its own. */
export function withTyposRepaired(entries: DictEntry[], lexicons: TypoLexicons): DictEntry[] {
  const repair = (phrase: string) => phrase.replace(WORD, (w) => typoFix(w, lexicons) ?? w);
  return entries.map((e) => {
    const translations = e.translations.map(repair);
    return translations.some((t, i) => t !== e.translations[i]) ? { ...e, translations } : e;
  });
}
