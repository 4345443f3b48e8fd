// A heading or a glossary line's term as a definition question compares it with what it asks
// (definitions.ts headingIsAskedTerm), read once: its length as a label, the acronym it closes on
// and its terms as a set depend only on its text, and every definition question read them again for
// every term heading of the corpus (termDefiners) and every sentence of its passages (select.ts
// definesOnItsLine): 9% of such a question's offline answer in an in-process profile (dist build).
import { CLOSING_ACRONYM, labelWordCount } from '../lib/labelWords.js';
import { askedByAcronymWords } from './acronymTerms.js';
import { related } from '../text/stemSet.js';
import type { TermGroup } from './terms.js';
import { matchStrength } from './termMatch.js';

/**
 * A term's heading is short: a glossary entry's name, not a sentence (the longest of the multidoc
 * glossary has 8 words, a closing acronym not counted: labelWordCount, as cleaning counts a label).
 */
export const MAX_TERM_HEADING_WORDS = 8;

export interface TermEntry {
  readonly heading: string;
  /** The heading analysed in its passage's language. */
  readonly terms: readonly string[];
  /** The same terms, as matchStrength looks them up. */
  readonly said: ReadonlySet<string>;
  /** It has terms and is short enough to be a term's entry (MAX_TERM_HEADING_WORDS). */
  readonly entry: boolean;
  /** The acronym it closes on ("(PDI)"), if any. */
  readonly acronym: string | undefined;
}

/** A heading read once for headingIsAskedTerm: `terms` are the heading analysed in its passage's language. */
export function termEntry(heading: string, terms: readonly string[]): TermEntry {
  return {
    heading,
    terms,
    said: new Set(terms),
    entry: terms.length > 0 && labelWordCount(heading) <= MAX_TERM_HEADING_WORDS,
    acronym: CLOSING_ACRONYM.exec(heading)?.[1],
  };
}

/** definitions.ts headingIsAskedTerm, of a heading read once (termEntry): the same answer for the same heading and terms. */
export function isAskedTerm(entry: TermEntry, groups: readonly TermGroup[]): boolean {
  if (!groups.length || !entry.entry) return false;
  const { acronym, heading, terms, said } = entry;
  // The acronym asked, read as one (OIM) or as a word (an acronym only a heading spells out is no corpus acronym).
  if (acronym && groups.length === 1 && (groups[0].acronym ?? groups[0].word).toLowerCase() === acronym.toLowerCase()) return true;
  if (acronym && askedByAcronymWords(heading, acronym, groups)) return true;
  // Each of the heading's terms is one the question asks, or a form of one (related): a heading's word
  // may be analysed into more than one term ("Réfugié" → refugi, refug), and an English question's
  // stems have only one of them ("What is a refugee?" missed the glossary's "Réfugié" entry).
  return (
    groups.every((g) => matchStrength(g.stems, said) === 1) && terms.every((t) => groups.some((g) => g.stems.some((s) => related(s, t))))
  );
}
