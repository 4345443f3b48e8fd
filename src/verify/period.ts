// A claim about a period ("In 2019, IOM had 173 member states", "en 2016") is checked against the
// evidence of that period only: sentences of documents dated that year, or that name the year. A
// figure of another year neither supports nor contradicts it: the verdict is then not_found, with
// the figures the documents do give and their dates. A claim about no period is checked against the
// most recent dated figure when documents of different dates disagree (see checkFact).
import { isYear } from '../text/quantities/dating.js';
import type { ClaimReader } from './claimReader.js';
import type { Sentence } from './evidence.js';
import { checkFact, type FactResult, figuresFor } from './facts.js';
import type { Anchor } from './sentenceSubject.js';
import type { Quantity } from '../text/quantities/quantities.js';

/** Is this sentence evidence for the period (its document's date, or the year it names)? */
export function ofPeriod(sentence: Sentence, period: number): boolean {
  return sentence.passage.date?.startsWith(String(period)) === true || new RegExp(`\\b${period}\\b`).test(sentence.text);
}

/**
 * The claim's facts to check, and its period: a year beside another figure is that figure's
 * setting ("In 2019, 173 member states", "its 2022 appeal sought USD 2.9 billion"), not a fact; a
 * year alone is the fact ("founded in 1951").
 */
export function factsToCheck(quantities: Quantity[], period: number | null): { facts: Quantity[]; period: number | null } {
  // The reading's period ("In 2022 …") whatever words follow it; else a year that counts nothing.
  const isSetting = (q: Quantity) => isYear(q.value) && q.concept === null && (period === null ? !q.unit.length : q.value === period);
  const figures = quantities.filter((q) => !isSetting(q));
  if (!figures.length || figures.length === quantities.length) return { facts: quantities, period };
  return { facts: figures, period: period ?? quantities.find(isSetting)?.value ?? null };
}

/** One fact of the claim, against the evidence of its period first; 'other-period' when only other years give it. */
export function checkInPeriod(
  reader: ClaimReader,
  claim: Quantity,
  sentences: Sentence[],
  blocked: Set<string>,
  period: number | null,
  anchors: Anchor[] = [],
): FactResult {
  if (period === null || claim.value === period) return checkFact(reader, claim, sentences, blocked, true, anchors);
  const during = checkFact(
    reader,
    claim,
    sentences.filter((s) => ofPeriod(s, period)),
    blocked,
    false,
    [...anchors, { value: period, concept: null }],
  );
  if (during.status !== 'absent' && during.status !== 'elsewhere') return during;
  const otherYears = figuresFor(
    reader,
    claim,
    sentences.filter((s) => !ofPeriod(s, period)),
    blocked,
  );
  return otherYears.length ? { claim, status: 'other-period', decisive: otherYears } : during;
}
