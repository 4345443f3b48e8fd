// FreeDict's fra-eng and eng-fra were typed by hand and carry misspelt translations: ménage is a
// "houshold", rapprochement a "reconcilliation", entreprise an "orginisation", coupure an
// "interuption". A misspelt word matches nothing a visitor types or a page writes, so the pair is
// lost both ways (a French question on households, an English one over a French page on ménages).
// A translation word that no dictionary of its language has as a headword is read as the one
// headword a single edit away, when there is exactly one. No spelling library is used: Debian's
// hunspell dictionaries are affix rules, not a word list one edit can be checked against, and the
// installed dictionaries' own headwords are the vocabulary these translations come from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { englishStem, foldAccents, isAscii, isTextStopWord, stem } from './analyzer.js';
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
 * misspelt "burdocks", "choc" no misspelt "chocs", "reassure" no "reassured", "bagpipe" no "bagpiper". An edit that only adds or takes one of these at
 * the end is not a repair.
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

/** The lexicon's words and, for accented ones, their unaccented spelling: French stems are unaccented (analyzer.ts stem). */
function withFoldedForms(lexicon: Set<string>): Set<string> {
  const out = new Set(lexicon);
  for (const word of lexicon) if (!isAscii(word)) out.add(foldAccents(word));
  return out;
}

/**
 * Whether the word is a headword's plural, or its stem (with the e stemmers take off: advis, advise)
 * a headword.
 */
function isInflected(word: string, lexicons: TypoLexicons): boolean {
  const stemmed = lexicons.stemOf(word);
  const has = (w: string) => lexicons.ownFolded.has(w);
  return has(word.replace(PLURAL, '')) || has(stemmed) || has(`${stemmed}e`);
}

/** A plural's ending, in both languages: abeilles is abeille's. */
const PLURAL = /[sx]$/;

/** The one headword `word` is a typo of, or null (a known word, a name, too short, none or several one edit away). */
export function typoFix(word: string, lexicons: TypoLexicons): string | null {
  if (word.length < MIN_TYPO_LENGTH || word !== word.toLowerCase()) return null;
  if (lexicons.own.has(word) || lexicons.other.has(word) || lexicons.isStopWord(word) || isInflected(word, lexicons)) return null;
  let found: string | null = null;
  for (const candidate of oneEditAway(word)) {
    if (!lexicons.own.has(candidate)) continue;
    if (found) return null;
    found = candidate;
  }
  return found;
}

/** The entries with their translations' typos repaired (typoFix), each word of a phrase on its own. */
export function withTyposRepaired(entries: DictEntry[], lexicons: TypoLexicons): DictEntry[] {
  const repair = (phrase: string) => phrase.replace(/\p{L}+/gu, (w) => typoFix(w, lexicons) ?? w);
  return entries.map((e) => {
    const translations = e.translations.map(repair);
    return translations.some((t, i) => t !== e.translations[i]) ? { ...e, translations } : e;
  });
}

/** The single-word headwords (lower case) of the named dictionaries: only their index files are read, a headword per line before its tab. */
function headwordLexicon(dictionaryDir: string, names: string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const text = readFileSync(path.join(dictionaryDir, `${name}.index`), 'utf8');
    // indexOf, not split('\n'): German's 460k-line index is read, and an array of its lines cost 40% more.
    for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
      const tab = text.indexOf('\t', start);
      if (tab < 0 || tab > end) continue;
      const headword = text.slice(start, tab);
      if (!HEADWORD_NOT_A_WORD.test(headword)) out.add(headword.toLowerCase());
    }
  }
  return out;
}

/** A headword of several words, or with a digit (00databaseshort…), is no single word of a lexicon. */
const HEADWORD_NOT_A_WORD = /[\s0-9]/;

/**
 * An index larger than this is not read for a lexicon: only German's Ding dictionaries are (10.8 and
 * 12.7 MB, ~500k headwords each, against 0.05–1.1 MB for the others), and reading one would add
 * about as much to an ingestion as the whole glossary takes, for words the others already have.
 */
export const LEXICON_INDEX_BYTES = 20_000_000;

/** The installed FreeDict dictionaries whose headwords are in `language` (eng, fra), small enough to read. */
function dictionariesFrom(dictionaryDir: string, language: string): string[] {
  const pattern = new RegExp(`^(freedict-${language}-[a-z]+)\\.index$`);
  return readdirSync(dictionaryDir)
    .map((file) => pattern.exec(file)?.[1])
    .filter((name): name is string => !!name && statSync(path.join(dictionaryDir, `${name}.index`)).size <= LEXICON_INDEX_BYTES)
    .sort();
}

const lexiconsByDir = new Map<string, { english: TypoLexicons; french: TypoLexicons }>();

/**
 * The lexicons to repair each direct dictionary's translations, from the installed dictionaries'
 * headwords; read once per process and directory (ingesting several corpora, as the tests do, reads
 * the same ~0.4 s of indexes).
 */
export function typoLexicons(dictionaryDir: string): { english: TypoLexicons; french: TypoLexicons } {
  const known = lexiconsByDir.get(dictionaryDir);
  if (known) return known;
  const eng = headwordLexicon(dictionaryDir, dictionariesFrom(dictionaryDir, 'eng'));
  const fra = headwordLexicon(dictionaryDir, dictionariesFrom(dictionaryDir, 'fra'));
  const lexicons = {
    english: { own: eng, ownFolded: eng, stemOf: englishStem, other: fra, isStopWord: (w: string) => isTextStopWord(w, 'en') },
    french: { own: fra, ownFolded: withFoldedForms(fra), stemOf: stem, other: eng, isStopWord: (w: string) => isTextStopWord(w, 'fr') },
  };
  lexiconsByDir.set(dictionaryDir, lexicons);
  return lexicons;
}
