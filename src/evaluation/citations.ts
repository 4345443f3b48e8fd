// What an answer's citations say about the documents it drew on: whether the right page comes
// first (or in the first few), and whether the same text is cited twice under different numbers.
import type { Citation } from '../answer/types.js';
import { normalizeForMatch } from './questionSet.js';

/** A citation's source as a question set names it: the path inside the corpus folder. */
export function corpusRelative(source: string): string {
  return source.replace(/^corpus\//, '');
}

/** The documents a citation stands for: its own, and any copies ingestion recorded as alternates. */
function documentsOf(citation: Citation): string[] {
  const alternates = (citation as Citation & { alternates?: unknown }).alternates;
  const copies = Array.isArray(alternates) ? alternates.filter((a): a is string => typeof a === 'string') : [];
  return [citation.source, ...copies].map(corpusRelative);
}

/** True when one of the first k citations comes from one of the right documents. */
export function citesRightDocument(citations: Citation[], sources: string[], k: number): boolean {
  const right = new Set(sources.map(corpusRelative));
  return citations.slice(0, k).some((c) => documentsOf(c).some((d) => right.has(d)));
}

/** True when two citations of one answer carry the same text (compared as gold phrases are). */
export function citesSameTextTwice(citations: Citation[]): boolean {
  const texts = citations.map((c) => normalizeForMatch(c.text).trim());
  return new Set(texts).size < texts.length;
}
