// A glossary term asked by the words its acronym abbreviates, in other wording than its heading's
// ("déplacé interne" for "Personne déplacée à l'intérieur de son propre pays (PDI)"): see
// definitions.ts headingIsAskedTerm.
import { foldAccents } from '../text/analyzer.js';
import { lettersFit } from './acronymLetters.js';
import type { TermGroup } from './terms.js';

/**
 * Fewest of an acronym's letters a question must give by its words' initials to ask its term that
 * way: two. One word's initial matches some acronym's letter by chance.
 */
const MIN_LETTERS_GIVEN = 2;
/**
 * Fewest letters of a question word's stem that, beginning a word the acronym abbreviates, make it
 * that word: four. The stems of a question word include its translations' ("go", "move" for
 * "déplacé"), and a stem of two or three letters begins too many words ("go", gouvernement).
 */
const MIN_STEM_LETTERS = 4;

/**
 * The words of a heading that give its closing acronym's letters, in order: for each letter, the
 * next word starting with it ("Personne déplacée à l'intérieur de son propre pays (PDI)": Personne,
 * déplacée, intérieur), accents and case aside; null when some letter has none.
 */
export function acronymWordsOf(heading: string, acronym: string): string[] | null {
  const words = foldAccents(heading.slice(0, heading.lastIndexOf('(')))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out: string[] = [];
  let at = 0;
  for (const letter of foldAccents(acronym).toLowerCase()) {
    while (at < words.length && words[at][0] !== letter) at++;
    if (at === words.length) return null;
    out.push(words[at++]);
  }
  return out;
}

/**
 * Does a question ask a heading's term by the words its closing acronym abbreviates, in other
 * wording? "Qu'est-ce qu'un déplacé interne ?" asks "Personne déplacée à l'intérieur de son propre
 * pays (PDI)": its words' initials are the acronym's letters (in any order: "internally displaced
 * person" for the same PDI), the acronym's first word, the term's head noun, possibly left out (a
 * question turns the adjective into a noun: "un déplacé", "une personne déplacée"), and at least one
 * word is one of those the acronym abbreviates (déplacé) — the others may be said otherwise (interne
 * for "à l'intérieur"). Every word of the question gives a letter: "organisation interne" gives
 * none of OIM's M, and no question word is left over.
 */
export function askedByAcronymWords(heading: string, acronym: string, groups: readonly TermGroup[]): boolean {
  const words = acronymWordsOf(heading, acronym);
  if (!words) return false;
  const letters = words.map((w) => w[0]);
  // The head noun left out: the letters after the first.
  const asked = groups.length === letters.length ? letters : groups.length === letters.length - 1 ? letters.slice(1) : null;
  if (!asked || asked.length < MIN_LETTERS_GIVEN) return false;
  const initials = groups.map((g) => foldAccents(g.word[0] ?? '').toLowerCase());
  return (
    lettersFit(asked, initials) &&
    groups.some((g) => g.stems.some((s) => s.length >= MIN_STEM_LETTERS && words.some((w) => w.startsWith(s))))
  );
}
