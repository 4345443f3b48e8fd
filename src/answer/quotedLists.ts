// The sentences chosen to quote, made whole and without repeats: a list is quoted in full when it is
// the answer, and a sentence copied on several pages is quoted once.
import { sameText } from '../text/analyzer.js';
import type { Unit } from './units.js';

/** Items of completed lists quoted beyond the chosen sentences (set with the extractive answerer on the seed's dev set). */
const MAX_LIST_ITEMS = 8;

/** A list's key: its passage and its number there. */
function listKey(u: Unit): string {
  return `${u.passage}:${u.list}`;
}

/**
 * Lists whose lead-in, or at least two of whose items (one, when the question asks for several
 * things: askedValue.ts asksForSeveral), were chosen are quoted in full.
 */
export function completeLists<T extends Unit>(chosen: T[], all: T[], several: boolean): T[] {
  const counts = new Map<string, number>();
  for (const u of chosen) if (u.list !== null) counts.set(listKey(u), (counts.get(listKey(u)) ?? 0) + (u.isItem ? 1 : 2));
  const lists = new Set([...counts].filter(([, n]) => n >= (several ? 1 : 2)).map(([k]) => k));
  const extra = all.filter((u) => u.list !== null && lists.has(listKey(u))).slice(0, MAX_LIST_ITEMS + lists.size);
  const seen = new Set<string>();
  return [...chosen, ...extra].filter((u) => {
    const id = `${u.passage}:${u.position}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Each text once (the best-scored copy first): overlapping passages and copied pages repeat sentences. */
export function onceEach<T extends Unit & { same?: string }>(units: T[]): T[] {
  const seen = new Set<string>();
  return units.filter((u) => {
    const key = u.same ?? sameText(u.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A line the page asks as a question (an FAQ's "Comment un État devient-il membre ?"): its answer is the line after it. */
const ASKED_LINE = /\?\s*["»”)]?\s*$/;

/**
 * The chosen sentences, each question the page asks followed by the sentence after it, its answer:
 * a question line says the visitor's words best ("Quelles sont les conditions pour qu'un État
 * devienne membre ?" against "Comment un État devient-il membre de l'OIM ?") and was quoted alone,
 * its answer, which repeats none of them, left out (multidoc FAQ page).
 */
export function withFollowingAnswers<T extends Unit>(chosen: T[], all: readonly T[]): T[] {
  const out: T[] = [];
  for (const u of chosen) {
    out.push(u);
    if (!ASKED_LINE.test(u.text)) continue;
    const answer = all.find((a) => a.passage === u.passage && a.position === u.position + 1);
    if (answer && !chosen.includes(answer)) out.push(answer);
  }
  return out;
}
