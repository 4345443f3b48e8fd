// The content terms of a text as a set, kept for texts seen again. Passage texts and their sentences
// come back question after question (the sentences quoted, the pages a refusal offers), and
// analysing them again on every request was several per cent of an uncached chat request's CPU
// (bench:chat's profile). Read-only: callers share the sets.
import { memoByText } from '../lib/memo.js';
import { analyze, type TextLanguage } from './analyzer.js';
import { termClasses, type WordClass } from './wordClass.js';

const TERMS_BY_LANGUAGE: Record<TextLanguage, (text: string) => ReadonlySet<string>> = {
  fr: memoByText((text) => new Set(analyze(text, 'fr'))),
  en: memoByText((text) => new Set(analyze(text, 'en'))),
  es: memoByText((text) => new Set(analyze(text, 'es'))),
};

/** The set of analyze(text, language), remembered per text. */
export function textTerms(text: string, language: TextLanguage): ReadonlySet<string> {
  return TERMS_BY_LANGUAGE[language](text);
}

const CLASSES_BY_LANGUAGE: Record<TextLanguage, (text: string) => ReadonlyMap<string, WordClass>> = {
  fr: memoByText((text) => termClasses(text, 'fr')),
  en: memoByText((text) => termClasses(text, 'en')),
  es: memoByText((text) => termClasses(text, 'es')),
};

/**
 * termClasses of a text, remembered per text: the sentences a question's words are looked for in
 * come back question after question, and only questions whose words have senses to tell apart ask.
 */
export function textClasses(text: string, language: TextLanguage): ReadonlyMap<string, WordClass> {
  return CLASSES_BY_LANGUAGE[language](text);
}
