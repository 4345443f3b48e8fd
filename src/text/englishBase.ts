// The base form of an irregular English word, for stemming: Snowball stems suffixes only, so an
// irregular past ("kept") or plural ("children") never met its verb or singular. wink's lexicon
// (Penn tags, most frequent use first) and lemmatizer (WordNet's exception lists) rather than
// hand-made lists of irregular forms.
import winkLemmatizer from 'wink-lemmatizer';
import lexicon from 'wink-lexicon/src/lexicon.js';

/** A noun's singular, by WordNet's exceptions and regular endings ("children" → "child", "lives" → "life"). */
export function singularOf(noun: string): string {
  return winkLemmatizer.lemmatizeNoun(noun);
}

/** A word's Penn tags in wink's lexicon, most frequent use first (undefined for a word it lacks). */
export function englishTags(word: string): readonly string[] | undefined {
  return (lexicon as Record<string, string[] | undefined>)[word];
}

/** Penn tags of an English past tense and past participle (wink-lexicon's tags, most frequent use first). */
const PAST_FORMS = new Set(['VBD', 'VBN']);

/**
 * An English word that is only ever a verb form, most often a past one, as its verb's base ("kept"
 * → "keep", "led" → "lead", "sent" → "send"); other words unchanged. Snowball stems suffixes only,
 * so an irregular past never met its verb: "How long do you keep…" missed "messages are kept",
 * "Who leads…" missed "is led by". A word that is also a noun, adjective or adverb stays itself:
 * "left" (gone to "leave", a dictionary's "partir" met "fait partie" and the seed's probe answered
 * "Which countries left IOM last year?"), "ground", "saw", "rose". wink's lexicon and lemmatizer
 * (WordNet's exception lists).
 */
function verbBase(word: string): string {
  const tags = englishTags(word);
  if (!tags || !PAST_FORMS.has(tags[0]) || tags.some((t) => !t.startsWith('VB'))) return word;
  return winkLemmatizer.lemmatizeVerb(word);
}

/** Penn tag of a plural noun. */
const PLURAL_NOUN = 'NNS';

/**
 * An English word that is only ever a plural noun, as its singular when the plural is irregular
 * ("children" → "child", "women" → "woman"); others unchanged. Snowball leaves "children" whole, so
 * it met no "child" in a text and no translation in the dictionary, whose headword is the singular:
 * "unaccompanied children" did not reach "enfants". A word with another use stays itself ("people",
 * also a singular noun; "lives", also a verb). wink's lemmatizer (WordNet's exceptions), as verbBase.
 */
function pluralBase(word: string): string {
  const tags = englishTags(word);
  if (!tags || tags.some((t) => t !== PLURAL_NOUN)) return word;
  return singularOf(word);
}

/** The base form stemming starts from: an irregular past's verb, an irregular plural's singular, else the word. */
export function englishBase(word: string): string {
  return pluralBase(verbBase(word));
}
