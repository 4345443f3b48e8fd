// How much of the question the chosen sentences say: its focus, the most one page's quotes say of
// the words the corpus knows, and whether all they share with it is its action words. Facts read by
// groundingFacts.ts; the rules that use them are in grounding.ts.
import type { QuestionReading } from '../retrieve/reading.js';
import { coverage, matchStrength } from '../retrieve/termMatch.js';
import type { Passage } from '../types.js';
import { actionWord, contentGroups, unitTerms } from './passageTerms.js';
import type { Selection } from './select.js';

/** The corpus knows the question's focus and the chosen sentences hold it (a form of it). */
export function focusQuoted(reading: QuestionReading, quoted: ReadonlySet<string>): boolean {
  const focus = reading.focus;
  return !!focus?.known && coverage([focus], quoted) > 0;
}

/**
 * The most that one page's chosen sentences say of the words the corpus knows. One page, not all the
 * quotes together: words said apart by unrelated pages (a request's verb found in a privacy page's
 * "données", its object translated into a word of an English report) are a coincidence of the
 * vocabulary, not an answer. A one-page corpus (the seed) measures as before.
 */
export function knownSaid(reading: QuestionReading, passages: Passage[], selection: Selection, quoted: ReadonlySet<string>): number {
  const known = reading.groups.filter((g) => g.known);
  if (!known.length) return 0;
  // Sentences of one page (the seed's only page; most answers): its terms are all the quoted terms,
  // gathered already (coverage reads a set in any order alike), so they are not gathered again.
  const units = selection.units;
  if (units.length && units.every((u) => passages[u.passage].source === passages[units[0].passage].source))
    return Math.max(0, coverage(known, quoted));
  const bySource = new Map<string, Set<string>>();
  for (const u of selection.units) {
    const source = passages[u.passage].source;
    const terms = bySource.get(source) ?? new Set<string>();
    for (const t of unitTerms(u, passages)) terms.add(t);
    bySource.set(source, terms);
  }
  return Math.max(0, ...[...bySource.values()].map((terms) => coverage(known, terms)));
}

/**
 * The question has words the corpus knows that are no action word (its topic: a job, a visa), and
 * every word of it the chosen sentences say is an action word (the organisation's acronym and
 * numbers aside): they share its verbs ("find", "apply" translated), so they say what the
 * organisation does, not what the question asks about.
 */
export function onlyActionSaid(reading: QuestionReading, quoted: ReadonlySet<string>): boolean {
  // Cheap tests first: most questions have no action word, or nothing else the corpus knows.
  const words = contentGroups(reading);
  const actions = words.filter((g) => actionWord(reading, g));
  if (!actions.length || !words.some((g) => g.known && !actions.includes(g))) return false;
  let saidAction = false;
  for (const g of words) {
    if (matchStrength(g.stems, quoted) === 0) continue;
    if (!actions.includes(g)) return false;
    saidAction = true;
  }
  return saidAction;
}
