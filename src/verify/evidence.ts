// The evidence sentences of the retrieved passages, read once (stems, names, numbers) so that
// every check of a claim compares against the same reading, and the quotes given back.
import { passageUnits } from '../answer/units.js';
import { analyze } from '../text/analyzer.js';
import type { Language, Passage } from '../types.js';
import { nameOnlyStems } from './names.js';
import { extractQuantities, type Quantity } from '../text/quantities/quantities.js';
import type { Evidence } from './types.js';

export interface Sentence {
  passage: Passage;
  text: string;
  stems: Set<string>;
  titleStems: Set<string>;
  /** Stems found only inside multi-word names of the sentence ("Nations Unies"). */
  nameOnly: Set<string>;
  quantities: Quantity[];
}

export function toEvidence(passage: Passage, quote: string): Evidence {
  const { source, title, heading, lines, text, score } = passage;
  return { source, title, heading, lines, text, quote, score };
}

export function evidenceSentences(passages: Passage[]): Sentence[] {
  return passages.flatMap((passage, p) => {
    const titleStems = new Set(analyze(passage.title));
    const language: Language = passage.language === 'en' ? 'en' : 'fr';
    return passageUnits(passage, p).map((u) => ({
      passage,
      text: u.text,
      stems: new Set(analyze(u.text)),
      titleStems,
      nameOnly: nameOnlyStems(u.text, language),
      quantities: extractQuantities(u.text, language),
    }));
  });
}

/** The quotes of the sentences, each sentence of a passage once, in order. */
export function uniqueEvidence(sentences: Sentence[]): Evidence[] {
  const seen = new Set<string>();
  return sentences
    .filter((s) => !seen.has(`${s.passage.hash}:${s.text}`) && seen.add(`${s.passage.hash}:${s.text}`))
    .map((s) => toEvidence(s.passage, s.text));
}
