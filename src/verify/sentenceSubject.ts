// What a source sentence is about, beyond the words around its number: the subject of an
// apposition, the claim's dates it states, and whether it names a subject of its own.
import { analyze, textLanguage } from '../text/analyzer.js';
import type { Quantity } from '../text/quantities/quantities.js';
import { appositionWords } from './apposition.js';
import type { ClaimReader } from './claimReader.js';
import type { Sentence } from './evidence.js';
import { isBareYear } from './outcome.js';

/**
 * The stems of the clauses joined by commas around the sentence's only dated event of its kind
 * (apposition.ts); none when the source number is not a dated event.
 */
export function appositionStems(sentence: Sentence, source: Quantity): string[] {
  const language = sentence.passage.language === 'en' ? 'en' : 'fr';
  const words = appositionWords(sentence.text, language, source, sentence.quantities);
  return words.length ? analyze(words.join(' '), textLanguage(sentence.passage.language) ?? 'fr') : [];
}

/**
 * The sentence names someone or something that the claim does not, and not all of the claim's own
 * names: it speaks of its own subject, so the claim's names may not be borrowed from its page's
 * title or the sentences before it (a release titled after a new head whose sentence "He succeeds
 * Jane Roe, who led it since 2008" dates Jane Roe's term, not his).
 */
export function aboutAnotherSubject(reader: ClaimReader, sentence: Sentence): boolean {
  if (!reader.names.length || reader.coverage(reader.names, sentence.stems) === 1) return false;
  return sentence.names.some((w) => reader.isOtherName(w));
}

/** A date of the claim other than the number checked: a dated event ("depuis 1994") or the year it speaks of. */
export type Anchor = Pick<Quantity, 'value' | 'concept'>;

/** The claim's dates among its facts, other than `fact`. */
export function anchorsFor(fact: Quantity, facts: Quantity[]): Anchor[] {
  return facts.filter((q) => q !== fact && (q.concept !== null || isBareYear(q)));
}

/** Does the sentence state one of these dates, as a date of the same kind? */
export function statesAnchor(sentence: Sentence, anchors: Anchor[]): boolean {
  return anchors.some((a) =>
    sentence.quantities.some((q) => q.value === a.value && q.concept === a.concept && q.relation === 'eq' && !q.unit.length),
  );
}
