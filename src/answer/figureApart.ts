// A figure quoted apart from what the question asks of it. An amount question ("Quel est le montant
// de l'allocation des stagiaires ?") answered by a sentence whose amount is of something else:
// "Envoyer 200 dollars coûte en moyenne 6,3 % du montant transféré" holds a figure in a currency and
// says "montant", but nothing of the allocation asked. (A figure of another year or place: figureScope.ts.)
import { asksAmount } from '../retrieve/questionType.js';
import type { QuestionReading } from '../retrieve/reading.js';
import { coverage } from '../retrieve/termMatch.js';
import { foldAccents } from '../text/analyzer.js';
import type { Passage } from '../types.js';
import { holdsAskedValue } from './askedValue.js';
import { countedGroup } from './countedAsked.js';
import { unitTerms } from './passageTerms.js';
import type { Selection } from './select.js';

/**
 * Words that name any amount, without accents: a sentence saying one says nothing yet of whose
 * amount it gives. "Budget" is left out: "le budget de l'OIM" names the thing whose figure is asked.
 */
const ANY_AMOUNT = /^(?:montants?|amounts?|couts?|costs?|prix|prices?|coute|cost)$/;

/**
 * Does every chosen sentence holding the amount asked say none of the question's other words (the
 * organisation's acronym and weak words aside)? Then its amount is another thing's. False for
 * other questions, or when the question says nothing but the amount.
 */
export function amountApart(reading: QuestionReading, passages: Passage[], selection: Selection): boolean {
  if (reading.expected !== 'count' || !asksAmount(foldAccents(reading.text))) return false;
  const others = reading.groups.filter((g) => !g.weak && g.acronym === undefined && !ANY_AMOUNT.test(foldAccents(g.word)));
  if (!others.length) return false;
  const counted = countedGroup(reading);
  const giving = selection.units.filter((u) => holdsAskedValue(u, reading.expected, passages, counted));
  return giving.length > 0 && giving.every((u) => coverage(others, unitTerms(u, passages)) === 0);
}
