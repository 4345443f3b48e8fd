// The evidence sentences of the retrieved passages, read once (stems, names, numbers) so that
// every check of a claim compares against the same reading, and the quotes given back.
import { passageUnits } from '../answer/units.js';
import { analyze } from '../text/analyzer.js';
import type { Language, Passage } from '../types.js';
import { refersBack } from './anaphora.js';
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
  /** When the sentence refers back with a pronoun ("it", "elle"), the stems of the sentence before it in its passage. */
  previous: Set<string>;
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
    const units = passageUnits(passage, p);
    const stems = units.map((u) => new Set(analyze(u.text)));
    return units.map((u, k) => ({
      passage,
      text: u.text,
      stems: stems[k],
      titleStems,
      nameOnly: nameOnlyStems(u.text, language),
      previous: (k > 0 && refersBack(u.text, language) && stems[k - 1]) || new Set<string>(),
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
