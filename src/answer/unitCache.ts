// A passage's quotable units (units.ts) with what selection reads of each, computed once per passage:
// its terms, its text as sameText normalises it, whether it speaks to the visitor (visitor.ts) and,
// for a sentence opening on a pronoun, the terms of the sentence its pronoun stands for (antecedent.ts).
import { analyze, sameText, type TextLanguage, textLanguage } from '../text/analyzer.js';
import { termLeadOf } from '../retrieve/definitions.js';
import { type TermEntry, termEntry } from '../retrieve/termEntry.js';
import { TermIndex } from '../retrieve/termIndex.js';
import type { Passage } from '../types.js';
import { opensOnAntecedent } from './antecedent.js';
import { announces } from './announcing.js';
import { saidTerms } from './setApart.js';
import { passageUnits, type Unit } from './units.js';
import { addressesVisitor } from './visitor.js';

export interface CachedPassage {
  title: string;
  heading: string;
  /** Each unit, its terms, its text as sameText normalises it, whether it speaks to the visitor (addressesVisitor), and the terms of the sentence its opening pronoun stands for (opensOnAntecedent). */
  units: Array<{
    unit: Omit<Unit, 'passage'>;
    terms: Set<string>;
    /** Terms it says only to set them apart from what it states (setApart.ts): not among `terms`. */
    apart: ReadonlySet<string>;
    same: string;
    addressed: boolean;
    antecedent: Set<string> | null;
    /** It announces what the page explains (announcing.ts): ranked below the sentences that tell. */
    announcing: boolean;
    /** The term it opens on before a dash or colon (definitions.ts termLeadOf), read as a heading: a definition question asks whether it is its term (select.ts definesOnItsLine). */
    lead: TermEntry | null;
  }>;
  /** The terms of the passage's title and heading: what its sentences are about. */
  context: Set<string>;
  /** The terms of its heading alone: the term a glossary entry defines (definitions.ts headingIsAskedTerm). */
  headingTerms: string[];
  /** Its heading and those terms, read once for the definition questions that ask whether it is their term (termEntry.ts). */
  headingEntry: TermEntry;
  /**
   * The terms of a section's own heading, what a sentence under it is ranked with beside its own words
   * (select.ts SECTION_HEADING_MATCH); none when the heading only repeats the page's title (a news
   * release's headline heads every line down to its press contact).
   */
  sectionHeading: ReadonlySet<string>;
  /** All its units' terms, for measuring each unit's coverage from one comparison with the question (PassageCoverage). */
  terms: TermIndex;
}

/**
 * A passage's units and their terms depend only on its text, title and heading: computed once per
 * passage. Keyed by text hash (a passage's language is part of its text's analysis, and one text
 * has one language), then found by title and heading among the pages that repeat the text: a key
 * joining the three was built and hashed anew for every passage of every question.
 */
const unitCache = new Map<string, CachedPassage[]>();
const UNIT_CACHE_LIMIT = 10_000;

/** A sentence's lead term (termLeadOf) with its terms in the passage's language, or null: what definesOnItsLine compares. */
function leadEntry(text: string, language: TextLanguage): TermEntry | null {
  const term = termLeadOf(text);
  return term ? termEntry(term, analyze(term, language)) : null;
}

export function cachedPassage(passage: Passage): CachedPassage {
  const { title } = passage;
  const heading = passage.heading ?? '';
  const entries = unitCache.get(passage.hash) ?? [];
  let cached = entries.find((c) => c.title === title && c.heading === heading);
  if (!cached) {
    if (unitCache.size >= UNIT_CACHE_LIMIT) unitCache.clear();
    const language = textLanguage(passage.language) ?? 'fr';
    const units = passageUnits(passage, 0).map(({ passage: _, ...unit }) => ({
      unit,
      ...saidTerms(unit.text, language),
      same: sameText(unit.text),
      addressed: addressesVisitor(unit.text),
      antecedent: null as Set<string> | null,
      announcing: announces(unit.text),
      lead: leadEntry(unit.text, language),
    }));
    // A sentence opening on a pronoun reads the names of the sentence before it (antecedent.ts), not of a list item.
    for (let k = 1; k < units.length; k++)
      if (!units[k].unit.isItem && !units[k - 1].unit.isItem && opensOnAntecedent(units[k].unit.text))
        units[k].antecedent = units[k - 1].terms;
    const context = new Set(analyze(`${title} ${heading}`, language));
    const headingTerms = analyze(heading, language);
    const titleTerms = new Set(analyze(title, language));
    cached = {
      title,
      heading,
      units,
      context,
      headingTerms,
      headingEntry: termEntry(heading, headingTerms),
      sectionHeading: new Set(headingTerms.every((t) => titleTerms.has(t)) ? [] : headingTerms),
      terms: new TermIndex(units.flatMap((u) => [...u.terms])),
    };
    unitCache.set(passage.hash, [...entries, cached]);
  }
  return cached;
}
