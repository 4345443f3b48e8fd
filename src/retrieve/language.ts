// Language of a question (French or English), from two well-kept n-gram detectors (tinyld and
// franc, both restricted to the two languages); when they disagree — short questions — the
// stop words of each language (from the stopword package) decide. Default: French, the corpus language.
import { franc } from 'franc-min';
import { eng, fra } from 'stopword';
import { detect } from 'tinyld';
import type { Language } from '../types.js';
import { words } from './analyzer.js';

const ENGLISH_ONLY = new Set(eng.filter((w: string) => !fra.includes(w)));
const FRENCH_ONLY = new Set(fra.filter((w: string) => !eng.includes(w)));

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
  const tiny = detect(text, { only: ['en', 'fr'] });
  const francCode = franc(text, { only: ['fra', 'eng'], minLength: 1 });
  const fromFranc: Language | null = francCode === 'eng' ? 'en' : francCode === 'fra' ? 'fr' : null;
  if (tiny && tiny === fromFranc) return tiny;
  return byStopWords(text) ?? ((tiny as Language) || fromFranc || 'fr');
}
