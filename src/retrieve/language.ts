// Language of a question, by franc (a well-kept n-gram detector) restricted to the two languages
// the assistant speaks; short or ambiguous input defaults to French, the corpus language.
import { franc } from 'franc-min';
import type { Language } from '../types.js';

export function detectLanguage(text: string): Language {
  const code = franc(text, { only: ['fra', 'eng'], minLength: 1 });
  return code === 'eng' ? 'en' : 'fr';
}
