// Text analysis shared by the lexical channel, the local embedder and the answerers: each text in
// its own language (French, English, Spanish: Snowball stemmers, stopword's lists), questions with
// the stop words of both languages the assistant speaks (visitors mix them).
import snowball from 'snowball-stemmers';
import { eng, fra, spa } from 'stopword';
import { MemoUntilFull, memoByText } from '../lib/memo.js';
import { englishBase } from './englishBase.js';
import { splitEnglishStem, splitStem } from './stemSplits.js';

const frenchStemmer = snowball.newStemmer('french');
const englishStemmer = snowball.newStemmer('english');
const spanishStemmer = snowball.newStemmer('spanish');

// Elided articles and pronouns glued to the next word by an apostrophe (l'OIM, qu'elle, jusqu'à).
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/i;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Text with no character beyond ASCII: it has no accent to fold. */
const ASCII = /^[\x00-\x7f]*$/;
/** Combining marks, once decomposed: the accents foldAccents removes. A module constant: under tsx (tests, scripts) esbuild compiles a \p{…} regex literal anew at each call (scripts/build.mjs says why dist no longer does). */
const MARKS = /\p{M}+/gu;

// stopword's lists are the well-kept base; these are question words and fillers that the lists
// leave in but that carry no topic (a question "how many" must not match on "many").
const QUESTION_WORDS_FR = [
  'quel',
  'quelle',
  'quels',
  'quelles',
  'combien',
  'comment',
  'pourquoi',
  'quand',
  'qui',
  'quoi',
  'où',
  'est-ce',
  'sont',
  'ont',
  'fait',
  'font',
  'peut',
  'peuvent',
  // The other forms of pouvoir and devoir a visitor asks with ("Puis-je…", "Est-ce que je peux…",
  // "Dois-je…", "Pouvez-vous…"): the question's mood, not its topic. Read as words they outweighed
  // its topic ("puis", then, weighed 5.06 beside "don" 3.45 in "Puis-je faire un don à l'OIM ?", and
  // found a privacy page's "conservés 24 mois, puis supprimés"). "puis" is a linking adverb in text.
  'puis',
  'peux',
  'pouvons',
  'pouvez',
  'dois',
  'doit',
  'devons',
  'devez',
  'doivent',
  'cela',
  'ceci',
  'ça',
  'dont',
  'leurs',
  // The unit a year or name question asks in ("en quelle année", "quel est le nom") is the
  // question's form, not its topic.
  'année',
  'date',
  'nom',
  'appelle',
  // Requests that stand for a question ("Parlez-moi de…", "Explique…").
  'parle',
  'parlez',
  'dis',
  'dites',
  'explique',
  'expliquez',
  'décris',
  'décrivez',
  // Prepositions and linking adverbs that stopword's short French list (168 words) leaves in.
  'contre',
  'selon',
  'envers',
  'parmi',
  'malgré',
  'chez',
  'vers',
  'sous',
  'depuis',
  'pendant',
  'durant',
  'entre',
  'avant',
  'après',
  'hors',
  'via',
  'concernant',
  'auprès',
  'lors',
  'afin',
  'ainsi',
  'comme',
  'aussi',
  'également',
  'notamment',
];
const QUESTION_WORDS_EN = [
  'what',
  // "What's", "who's" typed without the apostrophe ("whats iom"): read as a word, it was unknown to
  // the corpus and most of a short question's weight.
  'whats',
  'whos',
  'wheres',
  'hows',
  'which',
  'who',
  'whom',
  'how',
  'many',
  'much',
  'when',
  'why',
  'where',
  'does',
  'did',
  'do',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'can',
  'could',
  'would',
  'should',
  'tell',
  'me',
  'please',
  'about',
  'there',
  'its',
  'it',
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'for',
  'to',
  'and',
  'or',
  'has',
  'have',
  'year',
  'date',
  'name',
  'named',
  'called',
  'explain',
  'describe',
  'list',
  'show',
  'give',
  'against',
  'according',
  'among',
  'within',
  'without',
  'toward',
  'towards',
  'regarding',
  'concerning',
  'during',
  'via',
];
// Question words and fillers stopword's 59-word Spanish list leaves in.
const QUESTION_WORDS_ES = [
  'qué',
  'cuál',
  'cuáles',
  'cuánto',
  'cuánta',
  'cuántos',
  'cuántas',
  'cómo',
  'cuándo',
  'quién',
  'quiénes',
  'dónde',
  'año',
  'nombre',
];
/**
 * A stop list looked up two ways. A word typed without accents is compared unaccented ("etre",
 * "annee" are stop words as typed). A word with accents is compared as written: folded, "sûr" (sure),
 * "dès" (from) and "dû" (owed) became sur, des and du, stop words, and a question on them lost them.
 */
class StopList {
  private readonly exact: Set<string>;
  private readonly folded: Set<string>;
  constructor(list: string[]) {
    const lower = list.map((w) => w.toLowerCase().normalize('NFC'));
    this.exact = new Set(lower);
    this.folded = new Set(lower.map(foldAccents));
  }

  /** `word` in lower case and NFC, as words() gives it. */
  has(word: string): boolean {
    return ASCII.test(word) ? this.folded.has(word) : this.exact.has(word);
  }
}
// French text is analysed with French stop words only: "but" (goal) or "son" are French content words.
// English questions drop both lists, since they often mix in French names and terms.
const FRENCH_STOP_WORDS = [...fra, ...QUESTION_WORDS_FR];
const STOP_FR = new StopList(FRENCH_STOP_WORDS);
const STOP_EN = new StopList([...FRENCH_STOP_WORDS, ...eng, ...QUESTION_WORDS_EN]);

/** How a question is read: French, or English (whose stop words include the French ones: visitors mix). */
export type AnalysisLanguage = 'fr' | 'en';
/** Languages a passage can be analysed in. */
export type TextLanguage = 'fr' | 'en' | 'es';
export const TEXT_LANGUAGES: readonly TextLanguage[] = ['fr', 'en', 'es'];

/** Stop words of a text in one language: that language's list only ("but" is a French content word). */
const TEXT_STOP: Record<TextLanguage, StopList> = {
  fr: STOP_FR,
  en: new StopList([...eng, ...QUESTION_WORDS_EN]),
  es: new StopList([...spa, ...QUESTION_WORDS_ES]),
};

/** The analysis language of a language code ('fr', 'en-GB', 'es'…), or null for a language without one. */
export function textLanguage(code: string | null | undefined): TextLanguage | null {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return TEXT_LANGUAGES.find((l) => l === base) ?? null;
}

/** Is the text plain ASCII? Then Unicode normalisation leaves it as it is and it has no accent to fold. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

export function foldAccents(text: string): string {
  // Most words are plain ASCII, and NFD with a Unicode regex was 4% of a chat request's CPU (bench:chat's profile).
  if (ASCII.test(text)) return text;
  return text.normalize('NFD').replace(MARKS, '');
}

/** Lower-case, unify apostrophes, NFC: the form every other step expects. */
export function normalizeText(text: string): string {
  return (ASCII.test(text) ? text : text.normalize('NFC')).replace(/[’‘`´]/g, "'").toLowerCase();
}

/** A text compared for sameness: accents, case, apostrophes and spacing aside (two captures of one page match). */
export const sameText: (text: string) => string = memoByText((text) => foldAccents(normalizeText(text)).replace(/\s+/g, ' ').trim());

/** Words of a text, lower-cased, elisions removed ("l'Organisation" → "organisation"). */
export function words(text: string): string[] {
  const out: string[] = [];
  // match(), not matchAll(): no match object per word (analysing a large corpus is mostly this loop).
  for (const m of normalizeText(text).match(WORD) ?? []) {
    // English possessive ("IOM's") is dropped like a French elision; both need an apostrophe.
    const w = m.includes("'") ? m.replace(ELISION, '').replace(/'s$/, '') : m;
    if (w) out.push(w);
  }
  return out;
}

/** A stop word of a question in this language (English questions: French stop words too). */
export function isStopWord(word: string, language: AnalysisLanguage = 'fr'): boolean {
  return (language === 'en' ? STOP_EN : STOP_FR).has(word);
}

/** A stop word of a text written in this language. */
export function isTextStopWord(word: string, language: TextLanguage): boolean {
  return TEXT_STOP[language].has(word);
}

/** Stemming is pure and the Snowball stemmers are slow next to a lookup: remember recent words. */
function memoize(f: (word: string) => string, limit = 50_000): (word: string) => string {
  const memo = new MemoUntilFull<string>(limit);
  return (word) => memo.get(word) ?? memo.set(word, f(word));
}

/** The index term of one word: French Snowball stem with accents folded afterwards (the stemmer needs them), but for the words Snowball confuses with another (stemSplits.ts). */
export const stem = memoize((word) => splitStem(foldAccents(word.toLowerCase())) ?? foldAccents(frenchStemmer.stem(word)));

/** The stem an English word keeps apart from the one Snowball gives it (stemSplits.ts), if any. */
const englishSplit = (word: string) => splitEnglishStem(foldAccents(word.toLowerCase()));

/** An English word's stem, from its base form when wink knows an irregular one (englishBase.ts), but for the words Snowball confuses with another (stemSplits.ts). */
export const englishStem = memoize((word) => englishSplit(word) ?? foldAccents(englishStemmer.stem(englishBase(word))));

/**
 * The stem of an English word known to be a base form (a dictionary's headword): no past form to
 * undo, so "found" (to found, fonder) stays "found" instead of becoming find's stem, where a
 * question's "founded" looks it up.
 */
export const englishBaseStem = memoize((word) => englishSplit(word) ?? foldAccents(englishStemmer.stem(word)));

export const spanishStem = memoize((word) => foldAccents(spanishStemmer.stem(word)));

const STEMS: Record<TextLanguage, (word: string) => string> = { fr: stem, en: englishStem, es: spanishStem };

/** The stem of a word in a language. */
export function stemIn(word: string, language: TextLanguage): string {
  return STEMS[language](word);
}

/**
 * The terms of one word in a language. The stemmers need accents (régulières → régul), but people
 * type without them (securite): an accented word yields its stem and, when different, the stem of
 * its accent-free spelling, so a question typed either way finds it.
 */
export function wordTerms(word: string, language: TextLanguage = 'fr'): string[] {
  const s = stemIn(word, language);
  if (ASCII.test(word)) return s ? [s] : [];
  const bare = stemIn(foldAccents(word), language);
  return bare && bare !== s ? [s, bare] : s ? [s] : [];
}

/** Content terms of a text in its language: elision-stripped, stop words out, stemmed, accent-folded. */
export function analyze(text: string, language: TextLanguage = 'fr'): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (!isTextStopWord(w, language)) out.push(...wordTerms(w, language));
  }
  return out;
}
