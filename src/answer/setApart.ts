// Words a sentence names only to set them apart from what it states ("works mostly in the field,
// far from the Geneva headquarters", "toutes les régions sauf l'Europe") are not what it is about: a
// question asking about them ("How many staff work at headquarters?") is not answered by it. The
// sentence's terms for selection (unitCache.ts) leave out the words after such a marker, up to the
// clause's end, unless the sentence says them elsewhere too. Forms as data, each with why and a
// sentence of each kind (test/answer/setApart.test.ts).
import { analyze, type TextLanguage } from '../text/analyzer.js';
import { ownStems, type TermGroup } from '../retrieve/terms.js';
import { matchStrength } from '../retrieve/termMatch.js';

/** One way a sentence sets the words after it apart from what it states. */
export interface SetApartForm {
  id: string;
  /** The marker; the words after it, to the clause's end (SET_APART_WORDS at most), are set apart. */
  pattern: RegExp;
  why: string;
  /** A sentence naming the thing only to set it apart. */
  example: string;
  /** A close sentence stating something of the thing. */
  other: string;
}

export const SET_APART_FORMS: readonly SetApartForm[] = Object.freeze([
  {
    id: 'far-from',
    pattern: /(?<![\p{L}\d])(?:far (?:away )?from|loin (?:de|du|des|d[’']))/giu,
    why: 'A place said to be far from what the sentence counts is where it is not: the workforce "far from the Geneva headquarters" is not the headquarters\' staff.',
    example: 'The library lends 9,000 books a year, mostly in villages far from the city centre.',
    other: 'The library lends 9,000 books a year in the city centre.',
  },
  {
    id: 'except',
    pattern: /(?<![\p{L}\d])(?:except(?: for)?|apart from|other than|excluding|sauf|excepté|à l[’']exception (?:de|du|des|d[’']))/giu,
    why: 'What a statement excepts is what it does not say: "every region except Europe" says nothing of Europe.',
    example: 'The fund covers every region except Europe.',
    other: 'The fund covers Europe and its neighbours.',
  },
  {
    id: 'rather-than',
    pattern: /(?<![\p{L}\d])(?:rather than|instead of|plutôt que|au lieu de)\b/giu,
    why: 'What a sentence prefers something to is what it does not state: "kept on paper rather than online" is not kept online.',
    example: 'Records are kept on paper rather than online.',
    other: 'Records are kept online.',
  },
]);

/** Words after a marker that are set apart, at most: a clause's object ("the Geneva headquarters"), not the rest of a long sentence. */
export const SET_APART_WORDS = 5;

/** A word of the clause a marker opens: no comma, semicolon, colon, dash, bracket or sentence end. */
const CLAUSE_WORD = '[^\\s,;:.!?()\u2013\u2014]+';

/** Each form's marker with the words of its clause after it (SET_APART_WORDS at most). */
const SPANS = SET_APART_FORMS.map(
  (f) => new RegExp(`(?:${f.pattern.source})(?:\\s*${CLAUSE_WORD}){0,${SET_APART_WORDS}}`, f.pattern.flags),
);

/** The sentence without the words it sets apart (the markers and what follows them), or itself when it sets none apart. */
export function withoutSetApart(text: string): string {
  let out = text;
  for (const span of SPANS) out = out.replace(span, ' ');
  return out;
}

/** A sentence's terms as selection reads them, and the words it sets apart (said nowhere else in it). */
export interface SaidTerms {
  terms: Set<string>;
  /** Terms said only after a marker of SET_APART_FORMS; empty for most sentences. */
  apart: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export function saidTerms(text: string, language: TextLanguage): SaidTerms {
  const all = new Set(analyze(text, language));
  const kept = withoutSetApart(text);
  if (kept === text) return { terms: all, apart: NONE };
  const said = new Set(analyze(kept, language));
  const apart = new Set([...all].filter((t) => !said.has(t)));
  return { terms: said, apart: apart.size ? apart : NONE };
}

/**
 * Does a sentence set apart a word of the question (its terms match a question group's stem)? For a
 * question asking for a value (a count, a year, a name), such a sentence's value is of something
 * else: the workforce "far from the Geneva headquarters" is no count of the headquarters' staff.
 */
export function setsApartAsked(apart: ReadonlySet<string>, groups: readonly TermGroup[]): boolean {
  // A synonym finds a page; it does not make another word set apart the one asked (terms.ts ownStems).
  return apart.size > 0 && groups.some((g) => matchStrength(ownStems(g), apart) > 0);
}
