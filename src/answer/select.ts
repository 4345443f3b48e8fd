import type { QuestionReading } from '../retrieve/reading.js';
import type { Vocabulary } from '../retrieve/vocabulary.js';
import type { Passage } from '../types.js';
import { asksForSeveral, figuresFirst } from './askedValue.js';
import { completeLists, onceEach, withFollowingAnswers } from './quotedLists.js';
import { preferFigures } from './figures.js';
import { withinScope } from './figureScope.js';
import { inAskersLanguage } from './ownTranslation.js';
import { withAntecedents } from './antecedent.js';
import { onAnnouncingPages } from './announcing.js';
import { onNamedPages } from './namesSaid.js';
import { visitorQuestion } from './visitor.js';
import { type ScoredUnit, scoreUnits } from './unitScore.js';

export type { ScoredUnit } from './unitScore.js';

export interface Selection {
  units: ScoredUnit[];
  best: ScoredUnit | null;
  /** The date of the figure quoted when passages of other dates gave other figures (see figures.ts). */
  asOf: string | null;
}

// Values set with the extractive answerer on the seed's dev set, unchanged since.
/** A sentence is quoted when it scores at least this share of the best one. */
const KEEP_RATIO = 0.75;
/** At most this many sentences quoted (lists completed beyond it, see completeLists). */
const MAX_UNITS = 4;

/**
 * The sentences to quote: never site chrome (a line many documents repeat), each text once, one
 * date's figure when dated passages disagree on it, the best-scored ones with their lists and the
 * sentences their opening pronouns stand for.
 */
export function selectUnits(reading: QuestionReading, passages: Passage[], vocabulary: Vocabulary): Selection {
  // A question asked as the visitor prefers the sentences that speak to them (visitor.ts).
  const visitor = visitorQuestion(reading, (g) => vocabulary.isPervasive(g));
  const all = scoreUnits(reading, passages, {
    visitor,
    properName: (word) => vocabulary.isProperName(word),
    namedAcronym: (g) => !vocabulary.isPervasive(g),
  }).filter((u) => !vocabulary.isChrome(u.text));
  const { units: candidates, asOf } = preferFigures(
    reading,
    onNamedPages(
      all.filter((u) => u.rankedCoverage > 0),
      reading,
      passages,
    ),
    passages,
  );
  if (!candidates.length) return { units: [], best: null, asOf: null };
  const ranked = onceEach([...candidates].sort((a, b) => b.score - a.score));
  const best = ranked[0];
  const kept = onAnnouncingPages(
    ranked.filter((u) => u.score >= KEEP_RATIO * best.score),
    passages,
  ).slice(0, MAX_UNITS);
  const chosen = inAskersLanguage(withinScope(figuresFirst(kept, reading, passages), reading, passages), passages, reading.language);
  const units = onceEach(completeLists(withFollowingAnswers(withAntecedents(chosen, all), all), all, asksForSeveral(reading))).sort(
    (a, b) => a.passage - b.passage || a.position - b.position,
  );
  return { units, best, asOf };
}
