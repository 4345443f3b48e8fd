// The evidence sentences of the retrieved passages, read once (stems, names, numbers) so that
// every check of a claim compares against the same reading, and the quotes given back.
import { passageUnits } from '../answer/units.js';
import { analyze, textLanguage } from '../text/analyzer.js';
import type { Language, Passage } from '../types.js';
import { refersBack } from './anaphora.js';
import { nameOnlyStems, namedWords } from './names.js';
import { extractQuantities, type Quantity } from '../text/quantities/quantities.js';
import type { Evidence } from './types.js';
import { union } from './claimReader.js';

/**
 * How many sentences back a subject pronoun's antecedent is looked for, within its passage. Antecedent
 * search goes back sentence by sentence (as in Hobbs' algorithm); two covers a subject restated after
 * one sentence about something else ("The Council is… Each Member State has one vote. It meets…"),
 * the usual pattern of a page's paragraph; further back a pronoun more often stands for something else.
 */
const ANTECEDENT_WINDOW = 2;

export interface Sentence {
  passage: Passage;
  text: string;
  stems: Set<string>;
  titleStems: Set<string>;
  /** Stems found only inside multi-word names of the sentence ("Nations Unies"). */
  nameOnly: Set<string>;
  /** When the sentence refers back with a pronoun ("it", "elle"), the stems of the sentences before it in its passage. */
  previous: Set<string>;
  quantities: Quantity[];
  /** The words the sentence writes as names ("Henrik", "UNICEF"). */
  names: string[];
}

export function toEvidence(passage: Passage, quote: string): Evidence {
  const { source, title, heading, lines, text, score } = passage;
  return { source, title, heading, lines, text, quote, score };
}

export function evidenceSentences(passages: Passage[]): Sentence[] {
  return passages.flatMap((passage, p) => {
    // Stems in the passage's own language, as the claim's translations and facts.ts read them: an
    // English sentence stemmed as French keeps 'seeking' whole, so the claim's 'sought' (seek) is unsaid.
    const stemming = textLanguage(passage.language) ?? 'fr';
    const titleStems = new Set(analyze(passage.title, stemming));
    const language: Language = passage.language === 'en' ? 'en' : 'fr';
    const units = passageUnits(passage, p);
    const stems = units.map((u) => new Set(analyze(u.text, stemming)));
    return units.map((u, k) => ({
      passage,
      text: u.text,
      stems: stems[k],
      titleStems,
      nameOnly: nameOnlyStems(u.text, language),
      previous: refersBack(u.text, language) ? union(...stems.slice(Math.max(0, k - ANTECEDENT_WINDOW), k)) : new Set<string>(),
      quantities: extractQuantities(u.text, language),
      names: namedWords(u.text, language).map((n) => n.word),
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
