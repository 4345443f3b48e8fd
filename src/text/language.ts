// Language of a question (French or English), from a well-kept n-gram detector (tinyld, restricted
// to the two languages); when it cannot tell (short questions), the stop words of each language
// (from the stopword package) and the verbs of a request (REQUEST_VERBS) decide. Default: French, the corpus language. tinyld alone read 164 of
// the 165 labelled questions of the dev and probe sets right, franc-min 150 (and 24 of the 31 of
// five words or fewer, against 30): franc was dropped.
import { eng, fra } from 'stopword';
import { detect } from 'tinyld';
import type { Chunk, Language } from '../types.js';
import { type TextLanguage, textLanguage, words } from './analyzer.js';

/**
 * Verbs that open a request rather than a question ("list IOM's objectives", "citez les objectifs de
 * l'OIM"), as visitors type them, each written in one language only ("cite" is both, left out). A
 * terse request may have no stop word to tell its language by, and tinyld then leaves it undecided:
 * "list iom objectives" was read as French, the default. questionForms.ts blanks them too: they ask
 * for no topic.
 */
export const REQUEST_VERBS: Readonly<Record<Language, readonly string[]>> = {
  en: ['list', 'explain', 'describe', 'summarise', 'summarize', 'outline', 'show', 'give', 'tell'],
  fr: [
    'citez',
    'donnez',
    'donne',
    'résumez',
    'résume',
    'énumérez',
    'énumère',
    'listez',
    'indiquez',
    'précisez',
    'décrivez',
    'décris',
    'expliquez',
    'explique',
    'montrez',
    'dites',
    'racontez',
    'parlez',
  ],
};

const ENGLISH_ONLY = new Set([...eng.filter((w: string) => !fra.includes(w)), ...REQUEST_VERBS.en]);
const FRENCH_ONLY = new Set([...fra.filter((w: string) => !eng.includes(w)), ...REQUEST_VERBS.fr]);

function byStopWords(text: string): Language | null {
  let en = 0;
  let fr = 0;
  for (const w of words(text)) {
    if (ENGLISH_ONLY.has(w)) en++;
    if (FRENCH_ONLY.has(w)) fr++;
  }
  return en > fr ? 'en' : fr > en ? 'fr' : null;
}

export function detectLanguage(text: string): Language {
  return languageOfDetected(text, detectedLanguage(text));
}

/** tinyld's answer for a text, restricted to the two languages ('' when it cannot tell): what detectLanguage starts from. */
export function detectedLanguage(text: string): string {
  return detect(text, { only: ['en', 'fr'] });
}

/** detectLanguage of a text whose detectedLanguage was read already (the conversation layer reads it first), not detected again. */
export function languageOfDetected(text: string, detected: string): Language {
  return (detected as Language | '') || byStopWords(text) || 'fr';
}

/** Detection on fewer words than this is a guess (a heading, a name, a list of terms). */
const MIN_WORDS_TO_DETECT = 8;

/**
 * The language each passage is analysed in: its own (from the sidecar or ingestion's detection),
 * else detected here when it is long enough (an index built before passages carried one), else the
 * language most of the others have; French when nothing can tell.
 */
export function passageLanguages(chunks: ReadonlyArray<Pick<Chunk, 'text' | 'language'>>): TextLanguage[] {
  const found = chunks.map(
    (c) =>
      textLanguage(c.language) ??
      (words(c.text).length >= MIN_WORDS_TO_DETECT ? textLanguage(detect(c.text, { only: ['fr', 'en', 'es'] })) : null),
  );
  const counts = new Map<TextLanguage, number>();
  for (const l of found) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'fr';
  return found.map((l) => l ?? usual);
}
