// The content terms of a text as a set, kept for texts seen again. Passage texts and their sentences
// come back question after question (the sentences quoted, the pages a refusal offers), and
// analysing them again on every request was several per cent of an uncached chat request's CPU
// (bench:chat's profile). Read-only: callers share the sets.
import { memoByText } from '../lib/memo.js';
import { analyze, type TextLanguage } from './analyzer.js';

const TERMS_BY_LANGUAGE: Record<TextLanguage, (text: string) => ReadonlySet<string>> = {
  fr: memoByText((text) => new Set(analyze(text, 'fr'))),
  en: memoByText((text) => new Set(analyze(text, 'en'))),
  es: memoByText((text) => new Set(analyze(text, 'es'))),
};

/** The set of analyze(text, language), remembered per text. */
export function textTerms(text: string, language: TextLanguage): ReadonlySet<string> {
  return TERMS_BY_LANGUAGE[language](text);
}
