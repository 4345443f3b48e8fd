// A heading, a title or a list item turned into a question in the visitor's language. Templates
// use only words the analyser drops (parlez-moi de / tell me about), so the question searches for
// the label itself. A label is refused when it cannot make a sensible question: too short or long,
// a breadcrumb or share line, or written in the site's own voice ("Notre travail", "Who we are"),
// which is how navigation labels read.
import { memoByText } from '../../lib/memo.js';
import type { Language } from '../../types.js';

/** Words of a label that can make a question: one word ("Partenariats") to a short heading. */
const MAX_LABEL_WORDS = 10;
const MIN_LABEL_LETTERS = 3;
// Module constants: under tsx (tests, scripts) esbuild compiles a \p{…} regex literal anew at each call (scripts/build.mjs says why dist no longer does).
const LETTERS = /\p{L}/gu;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
/** Separators of a page title from the site's name ("Carrières — OIM", "Careers | IOM"). */
const TITLE_SEPARATOR = /\s+[—–|]\s+/;
/** Breadcrumbs, share lines, bylines: punctuation that a section's name does not carry. */
const NOT_A_NAME = /[/·•@©]|https?:|\.\.\.|…$/;
/**
 * The site speaking of itself or to its reader ("Nos actions", "About us", "Rejoignez-nous"):
 * navigation and calls to action, not a topic a visitor asks about.
 */
const SITE_VOICE = /\b(nous|notre|nos|vous|votre|vos|we|our|us|you|your)\b/i;
/** A label opening on a preposition ("En chiffres", "From relief to recovery") makes no object for a template. */
const PREPOSITION_FIRST = /^(en|dans|sur|pour|par|avec|sans|chez|vers|in|on|for|by|with|about|from|to|at)\s/i;
/** Opening words of a label that is already a question without its mark ("Où travailler"). */
const QUESTION_OPENING: Record<Language, RegExp> = {
  fr: /^(qui|que|quoi|o[uù]|comment|pourquoi|quand|combien|quel|quelle|quels|quelles|est-ce)(?!\p{L})/iu,
  en: /^(who|what|where|how|why|when|which|is|are|can|does|do)(?!\p{L})/iu,
};

export function cleanLabel(label: string): string | null {
  return cleanedLabel(label) || null;
}

/**
 * cleanLabel's reading, kept per label ('' for a refused one): the same headings, titles and list
 * items come back as candidates answer after answer, and cleaning them was about 2% of an uncached
 * offline answer's CPU (in-process profile, answer cache off).
 */
const cleanedLabel = memoByText((label: string): string => {
  const text = label
    .split(TITLE_SEPARATOR)[0]
    .replace(/\s+/g, ' ')
    .replace(/[\s:.;,?]+$/, '')
    .trim();
  const words = text.split(' ').length;
  const letters = (text.match(LETTERS) ?? []).length;
  if (letters < MIN_LABEL_LETTERS || words > MAX_LABEL_WORDS || NOT_A_NAME.test(text) || SITE_VOICE.test(text)) return '';
  return text;
});

const OTHER_ARTICLE: Record<Language, RegExp> = { fr: /^the\s+/i, en: /^(le|la|les)\s+|^l['’](?=\p{L})/iu };
/** The label without an article of the other language: "les Nations Unies" in English is "Nations Unies". */
export function withoutArticle(label: string, language: Language): string {
  return label.replace(OTHER_ARTICLE[language], '');
}

const ARTICLE_FIRST = /^(the|le|la|les|l['’])(?=\s|\p{L})/iu;

/**
 * The label with its first letter in lower case when it is a common word ("Partenariats" →
 * "partenariats", "The Council" → "the Council"), kept when it is a name: an acronym, a run of
 * capitalised words ("Displacement Tracking Matrix"), or a word the corpus only ever writes with a capital.
 */
function inSentence(label: string, isName: (word: string) => boolean): string {
  if (ARTICLE_FIRST.test(label)) return label.charAt(0).toLowerCase() + label.slice(1);
  if (isName(label)) return label;
  const [first, second] = label.split(' ');
  if (TWO_CAPITALS.test(first) || (second && CAPITAL_FIRST.test(second)) || isName(first)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "de" before the label, contracted as French writes it (du, des, de la, d'). */
function frenchOf(label: string): string {
  const lower = label.toLowerCase();
  if (lower.startsWith('le ')) return `du ${label.slice(3)}`;
  if (lower.startsWith('les ')) return `des ${label.slice(4)}`;
  if (/^(des|du) /.test(lower)) return label;
  // Most French words in h take the elision (l'histoire); the few that do not are rare in headings.
  if (/^[aeiouyàâéèêëîïôûh]/i.test(label)) return `d'${label}`;
  return `de ${label}`;
}

export function questionFromLabel(label: string, language: Language, isName: (word: string) => boolean): string | null {
  const clean = cleanLabel(label);
  if (!clean) return null;
  if (QUESTION_OPENING[language].test(clean)) return language === 'fr' ? `${clean} ?` : `${clean}?`;
  if (PREPOSITION_FIRST.test(clean)) return null;
  // An article of the other language is dropped ("Tell me about Nations Unies", not "about les Nations Unies").
  const phrase = inSentence(withoutArticle(clean, language), isName);
  return language === 'fr' ? `Parlez-moi ${frenchOf(phrase)}` : `Tell me about ${phrase}`;
}

/**
 * A label of the other language that has no reliable translation (labelEquivalents.ts), offered in
 * the source's own words: quoted as written, so that the visitor reads it as the page's name for the
 * topic rather than as the assistant's English or French, and asked back it finds the same passages.
 */
export function ownWordsQuestion(label: string, language: Language): string | null {
  const clean = cleanLabel(label);
  if (!clean || PREPOSITION_FIRST.test(clean)) return null;
  const words = withoutArticle(clean, language);
  return language === 'fr' ? `Parlez-moi de « ${words} »` : `Tell me about “${words}”`;
}
