// Chooses the sentences that answer a question, from the retrieved passages: each sentence is
// scored by how much of the question it covers, how good its passage is, and whether it holds
// the kind of value asked for (a number, a year). A list is quoted whole when it is the answer.
import { analyze } from '../retrieve/analyzer.js';
import type { HybridRetriever, SearchAnalysis } from '../retrieve/hybrid.js';
import { expectedValue, holdsExpected } from './questionType.js';
import type { Passage } from '../types.js';
import { passageUnits, type Unit } from './units.js';

export interface ScoredUnit extends Unit {
  coverage: number;
  score: number;
}

export interface Selection {
  units: ScoredUnit[];
  best: ScoredUnit | null;
}

const PASSAGES_CONSIDERED = 5;
const KEEP_RATIO = 0.75;
const MAX_UNITS = 4;
const MAX_LIST_ITEMS = 8;
const EXPECTED_BONUS = 0.2;

/** A passage's units and their terms depend only on its text: computed once per passage. */
const unitCache = new Map<string, Array<{ unit: Omit<Unit, 'passage'>; terms: Set<string> }>>();
const UNIT_CACHE_LIMIT = 10_000;

function cachedUnits(passage: Passage): Array<{ unit: Omit<Unit, 'passage'>; terms: Set<string> }> {
  let units = unitCache.get(passage.hash);
  if (!units) {
    if (unitCache.size >= UNIT_CACHE_LIMIT) unitCache.clear();
    units = passageUnits(passage, 0).map(({ passage: _, ...unit }) => ({ unit, terms: new Set(analyze(unit.text)) }));
    unitCache.set(passage.hash, units);
  }
  return units;
}

export function scoreUnits(question: string, analysis: SearchAnalysis, retriever: HybridRetriever): ScoredUnit[] {
  const expected = expectedValue(question);
  const weights = retriever.weightsOf(analysis.groups);
  return analysis.passages.slice(0, PASSAGES_CONSIDERED).flatMap((passage, p) =>
    cachedUnits(passage).map(({ unit: cached, terms }) => {
      const unit: Unit = { ...cached, passage: p };
      const coverage = retriever.coverageOf(analysis.groups, terms, weights);
      const bonus = coverage > 0 && holdsExpected(unit.text, expected) ? EXPECTED_BONUS : 0;
      return { ...unit, coverage, score: 0.6 * coverage + 0.4 * passage.score + bonus };
    }),
  );
}

/** Lists whose lead-in, or at least two of whose items, were chosen are quoted in full. */
function completeLists(chosen: ScoredUnit[], all: ScoredUnit[]): ScoredUnit[] {
  const key = (u: Unit) => `${u.passage}:${u.list}`;
  const counts = new Map<string, number>();
  for (const u of chosen) if (u.list !== null) counts.set(key(u), (counts.get(key(u)) ?? 0) + (u.isItem ? 1 : 2));
  const lists = new Set([...counts].filter(([, n]) => n >= 2).map(([k]) => k));
  const extra = all.filter((u) => u.list !== null && lists.has(key(u))).slice(0, MAX_LIST_ITEMS + lists.size);
  const seen = new Set<string>();
  return [...chosen, ...extra].filter((u) => {
    const id = `${u.passage}:${u.position}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function selectUnits(question: string, analysis: SearchAnalysis, retriever: HybridRetriever): Selection {
  const all = scoreUnits(question, analysis, retriever);
  const scored = all.filter((u) => u.coverage > 0);
  if (!scored.length) return { units: [], best: null };
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const chosen = ranked.filter((u) => u.score >= KEEP_RATIO * best.score).slice(0, MAX_UNITS);
  const units = completeLists(chosen, all).sort((a, b) => a.passage - b.passage || a.position - b.position);
  return { units, best };
}
