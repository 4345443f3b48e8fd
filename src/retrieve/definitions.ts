// Where the corpus says what a name is. A question whose only topic is a name (an organisation, a
// programme: "What is X?", "Qu'est-ce que X ?", "What is X's mission?") weighs nothing once every
// passage of a site writes that name: its ranking is noise among mentions (a partnership e-mail
// line, a portal run "by X", a contact line). The passage that answers is the one where the name
// is the subject of a defining statement — "The Long Name (ACR) is the …", "ACR est l'organisation
// …" — which a mention ("write to ACR", "managed by ACR", "ACR today became …") is not.
// Read once per index (definersOf), looked up per question: no per-passage work per request.
import { labelWordCount } from '../lib/labelWords.js';
import type { Chunk } from '../types.js';
import { definedSubject } from './questionType.js';
import { isAskedTerm, MAX_TERM_HEADING_WORDS, type TermEntry, termEntry } from './termEntry.js';
import type { TermGroup } from './terms.js';
import { matchStrength } from './termMatch.js';

/**
 * Where a subject starts: the start of a line or of a sentence, or after a comma, colon or dash
 * ("At a glance: founded in 1951, ACR is the …"), with an optional article ("L'ACR", "The ACR").
 */
const SUBJECT_START = String.raw`(?:^|[.!?;:,—–]\s+)(?:[lL]['’]|[lL]a\s+|[lL]es?\s+|[tT]he\s+)?`;
/**
 * A name spelt out with its acronym: up to eight words, the first capitalised ("Long Name of the
 * Thing (ACR)"). Eight: the longest spelt-out names of both languages (an organisation's name with
 * its prepositions and articles) stay under it, while a whole clause ending in a bracketed acronym
 * ("Il est géré par le Centre … (ACR)") starts with a pronoun and is not read as a subject.
 */
const SPELT_OUT_SUBJECT = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,7}\s+\((\p{Lu}{2,8})\)`;
/** The acronym alone as the subject, written as one (capitals only). */
const ACRONYM_SUBJECT = String.raw`(\p{Lu}{2,8})`;
/**
 * A copula then a determiner: "is the", "est l'", "est une", "is one of". The determiner is what
 * tells a definition ("ACR est l'organisation …", "ACR is a network …") from a statement about
 * the name's actions or state ("ACR est dirigée par …", "ACR is present in …", "ACR today became").
 */
const COPULA_DETERMINER = String.raw`\s+(?:is|was|remains|est|était|etait|demeure|reste)\s+(?:(?:the|an?|one of|la|les?|une?)\s|l['’]\p{L})`;

/** The defining-statement forms, in the order they are tried (data: see the table-driven test). */
export const DEFINING_STATEMENTS: readonly { id: string; why: string; pattern: RegExp }[] = [
  {
    id: 'spelt-out-subject',
    why: 'The name spelt out with its acronym opens the sentence and is said to be something: how a page introduces what it is about.',
    pattern: new RegExp(`${SUBJECT_START}${SPELT_OUT_SUBJECT}${COPULA_DETERMINER}`, 'gu'),
  },
  {
    id: 'acronym-subject',
    why: 'The acronym alone opens a clause and is said to be something: the short form of the same definition ("At a glance: ACR is the …").',
    pattern: new RegExp(`${SUBJECT_START}${ACRONYM_SUBJECT}${COPULA_DETERMINER}`, 'gu'),
  },
];

/** The acronyms (upper case) a text defines: those that are the subject of a defining statement in it. */
export function acronymsDefinedIn(text: string): string[] {
  const found = new Set<string>();
  for (const line of text.split('\n'))
    for (const { pattern } of DEFINING_STATEMENTS) for (const m of line.matchAll(pattern)) found.add(m[1].toUpperCase());
  return [...found];
}

/** Lower-cased acronym → the indices of the passages that define it: read once per index. */
export function definersOf(chunks: readonly Chunk[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  chunks.forEach((chunk, i) => {
    for (const acronym of acronymsDefinedIn(chunk.text)) {
      const key = acronym.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), i]);
    }
  });
  return out;
}

/**
 * Lower-cased acronym → the sources whose first passage defines it: the name's own pages (an about
 * page opens by saying what the organisation is). A site's "at a glance" strip defines it too, but
 * is kept once, at the end of whichever page held it first, so it makes no page the name's own.
 */
export function ownPagesOf(chunks: readonly Chunk[]): Map<string, Set<string>> {
  const first = new Map<string, Chunk>();
  for (const chunk of chunks) {
    const seen = first.get(chunk.source);
    if (!seen || chunk.lines[0] < seen.lines[0]) first.set(chunk.source, chunk);
  }
  const out = new Map<string, Set<string>>();
  for (const [source, chunk] of first)
    for (const acronym of acronymsDefinedIn(chunk.text)) {
      const key = acronym.toLowerCase();
      out.set(key, (out.get(key) ?? new Set()).add(source));
    }
  return out;
}

/**
 * Is a section heading the very term a definition question asks about? A glossary writes each
 * term as a heading and its definition below without repeating it ("Migrant" then "Terme générique
 * … qui désigne toute personne…"), so the definition says none of the question's words while pages
 * that only mention the term ("la Journée internationale des migrants") say them all: "Qu'est-ce
 * qu'un migrant ?" quoted that day's release on the multidoc fixture. Every one of the question's
 * groups is in the heading and every term of the heading is one of the question's, so that
 * "Migration irrégulière" does not define "migration"; an acronym the heading closes on may stand
 * for its spelt-out words ("(PDI)" for "Qu'est-ce qu'une PDI ?"), and the question may ask the
 * term by the words the acronym abbreviates (askedByAcronymWords).
 * `headingTerms`: the heading analysed in its passage's language.
 */
export function headingIsAskedTerm(heading: string, headingTerms: readonly string[], groups: readonly TermGroup[]): boolean {
  return isAskedTerm(termEntry(heading, headingTerms), groups);
}

/**
 * The ways a heading is the entry of a term asked in other words than its own, beyond a heading
 * that is the term itself (data: each with an example pair in test/core/termEntries.test.ts).
 */
export const TERM_ENTRY_RULES: readonly { id: string; why: string }[] = [
  {
    id: 'acronym-words',
    why: 'A heading closing on its acronym is asked by the words the acronym abbreviates, said otherwise: "déplacé interne" for "Personne déplacée à l\'intérieur de son propre pays (PDI)" (askedByAcronymWords).',
  },
  {
    id: 'heading-then-defining-verb',
    why: 'A section whose heading says every word of the term and that opens by defining it shortened ("La traite consiste à…" under "Lutte contre la traite des êtres humains") is its entry (termDefiners).',
  },
];

export interface TermHeading {
  index: number;
  heading: string;
  terms: string[];
  /** The terms of the subject of the sentence the passage opens on, when it defines by its verb (questionType.ts definedSubject): "La traite" of "La traite consiste à…". */
  defined?: string[];
  /** The heading and its terms read once (termHeadingsOf), for every definition question after; read per question when absent. */
  entry?: TermEntry;
  /** The defined subject's terms as a set, read once likewise. */
  definedSaid?: ReadonlySet<string>;
}

/**
 * The passages under a short heading of their own (not their page's title), and those with a
 * glossary line naming its term first (termLeadOf), each term analysed in its passage's language:
 * read once per index, so that a definition question looks terms up rather than reading lines.
 */
export function termHeadingsOf(chunks: readonly Chunk[], analyzeIn: (text: string, i: number) => string[]): TermHeading[] {
  const out: TermHeading[] = [];
  chunks.forEach((chunk, index) => {
    const heading = chunk.heading;
    if (heading && labelWordCount(heading) <= MAX_TERM_HEADING_WORDS) {
      // A page's title is its topic, not a term's entry, unless its section opens by defining it.
      const subject = definedSubject(chunk.text.split('\n', 1)[0]);
      const defined = subject === null ? undefined : analyzeIn(subject, index);
      if (heading !== chunk.title || defined)
        out.push(readOnce({ index, heading, terms: analyzeIn(heading, index), ...(defined && { defined }) }));
    }
    for (const line of chunk.text.split('\n')) {
      const term = termLeadOf(line);
      if (term) out.push(readOnce({ index, heading: term, terms: analyzeIn(term, index) }));
    }
  });
  return out;
}

/**
 * The passages whose heading is the term a definition question asks about (headingIsAskedTerm), and
 * those whose heading says every word of the term and that open by defining it (definesByVerb): a
 * section that names the term in a longer heading ("Lutte contre la traite des êtres humains") and
 * opens on its definition ("La traite consiste à recruter…") is the term's entry as much as a
 * glossary's; "Qu'est-ce que la traite des êtres humains ?" ranked it fourth, under the same page's
 * sections about data and victims, which say "traite" in every line (multidoc fixture).
 */
export function termDefiners(headings: readonly TermHeading[], groups: readonly TermGroup[]): number[] {
  const out: number[] = [];
  for (const h of headings) {
    const entry = h.entry ?? termEntry(h.heading, h.terms);
    if (
      isAskedTerm(entry, groups) ||
      (h.defined !== undefined && saysEvery(entry.said, groups) && saysSome(h.definedSaid ?? new Set(h.defined), groups))
    )
      out.push(h.index);
  }
  return out;
}

/** A term heading with its heading and defined subject read once (TermHeading.entry, definedSaid). */
function readOnce(h: TermHeading): TermHeading {
  return { ...h, entry: termEntry(h.heading, h.terms), ...(h.defined && { definedSaid: new Set(h.defined) }) };
}

/** Does a defining sentence's subject say one of the question's groups (the term, shortened: "La traite")? */
function saysSome(said: ReadonlySet<string>, groups: readonly TermGroup[]): boolean {
  return groups.some((g) => matchStrength(g.stems, said) === 1);
}

/** Does a heading say every one of the question's groups (each fully: matchStrength 1)? */
function saysEvery(said: ReadonlySet<string>, groups: readonly TermGroup[]): boolean {
  return groups.length > 0 && groups.every((g) => matchStrength(g.stems, said) === 1);
}

/** A glossary line giving its term then the definition: "Migrant – Terme générique…", "Diaspora: people who…". Up to eight words before the dash or colon. */
const TERM_LEAD = /^\s*((?:[\p{L}\p{N}'’()-]+\s+){0,7}[\p{L}\p{N}'’()-]+)\s*(?:\s[–—-]|:)\s+\S/u;

/** The term a glossary line opens on (see TERM_LEAD), or null. */
export function termLeadOf(line: string): string | null {
  return TERM_LEAD.exec(line)?.[1] ?? null;
}
