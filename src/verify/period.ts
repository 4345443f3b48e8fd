// A claim about a period ("In 2019, IOM had 173 member states", "en 2016") is checked against the
// evidence of that period only: sentences of documents dated that year, or that name the year. A
// figure of another year neither supports nor contradicts it: the verdict is then not_found, with
// the figures the documents do give and their dates. A claim about no period is checked against the
// most recent dated figure when documents of different dates disagree (see checkFact).
import { isYear } from '../text/quantities/dating.js';
import type { ClaimReader } from './claimReader.js';
import type { Sentence } from './evidence.js';
import { checkFact, type FactResult, figuresFor } from './facts.js';
import type { Quantity } from '../text/quantities/quantities.js';

/** Is this sentence evidence for the period (its document's date, or the year it names)? */
export function ofPeriod(sentence: Sentence, period: number): boolean {
  return sentence.passage.date?.startsWith(String(period)) === true || new RegExp(`\\b${period}\\b`).test(sentence.text);
}

/** The claim's facts to check: the year giving its period is its setting, not a fact (unless it is the only number). */
export function factsToCheck(quantities: Quantity[], period: number | null): Quantity[] {
  if (period === null) return quantities;
  const others = quantities.filter((q) => !(q.value === period && isYear(q.value) && q.concept === null));
  return others.length ? others : quantities;
}

/** One fact of the claim, against the evidence of its period first; 'other-period' when only other years give it. */
export function checkInPeriod(
  reader: ClaimReader,
  claim: Quantity,
  sentences: Sentence[],
  blocked: Set<string>,
  period: number | null,
): FactResult {
  if (period === null || claim.value === period) return checkFact(reader, claim, sentences, blocked);
  const during = checkFact(
    reader,
    claim,
    sentences.filter((s) => ofPeriod(s, period)),
    blocked,
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
