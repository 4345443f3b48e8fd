// A question's focus: the word it asks about, which grounding must find said (thingSaid.ts) and
// retrieval weighs most. Read once by readQuestion (reading.ts).
import type { Language } from '../types.js';
import type { TermGroup } from './terms.js';
import type { YesNoVerb } from './yesNo.js';

/** Nouns that only classify the real focus that follows them ("what kind of operations"), in both languages. */
const CLASSIFIERS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'genre', 'genres', 'sorte', 'sortes', 'forme', 'formes']);

/** Is this word a classifier noun ("kind" in "what kind of partners")? */
export const isClassifier = (word: string): boolean => CLASSIFIERS.has(word);

/**
 * The focus: the first group that is not a classifier noun, an acronym (the organisation itself)
 * or a word the dictionary knows only as a verb or adjective ("Write me a poem…" is about a poem).
 * In a yes/no question, the first such group after its verb (yesNo.ts yesNoVerb: "Does the agency offer
 * internships?", "L'agence offre-t-elle des stages ?" are about internships, neither the agency nor offering), unless all that follows is
 * abbreviations the corpus does not know ("Does IOM work with NGOs?": the corpus may spell them out,
 * as namesIn leaves acronyms out for the same reason): then the verb. With no verb, the first group.
 */
export function focusOf(
  groups: readonly TermGroup[],
  manner: boolean,
  text: string,
  language: Language,
  asked: YesNoVerb | null,
): TermGroup | null {
  if (manner) return null;
  const owned = (g: TermGroup) => isFocusCandidate(g) && !(language === 'en' && writtenAsOwner(text, g.word));
  const first = groups.find(owned) ?? groups.find(isFocusCandidate) ?? null;
  if (!asked) return first;
  const verbAt = groups.findIndex((g) => g.word === asked.verb);
  // English: the groups after its verb's, or the words after a verb no group holds (a light verb:
  // get, give). French: the groups the question writes after its inverted verb, which may be a stop
  // word ("a-t-elle", "peut-on") and then no group.
  const later = language === 'en' && verbAt >= 0 ? groups.slice(verbAt + 1) : groups.filter((g) => asked.after.includes(g.word));
  const candidate = (g: TermGroup) => isFocusCandidate(g) && (g.known || !writtenInCapitals(text, g.word));
  const given = language === 'en' ? secondObject(asked.after, groups) : undefined;
  const after = given ?? later.find((g) => candidate(g) && owned(g)) ?? later.find(candidate);
  return after ?? (verbAt >= 0 && isFocusCandidate(groups[verbAt]) ? groups[verbAt] : first);
}

/** Articles that open an English verb's second object after its first ("give interns a laptop"). */
const SECOND_OBJECT_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'any', 'some']);

/**
 * The thing an English yes/no question's verb gives when it has two objects, the one given to
 * written first ("Does IOM give interns a laptop?", "offer migrants a job"): the word after the
 * article that follows the first object's noun. What is given is asked about; the interns are only
 * whom it goes to, and a sentence on what they receive otherwise says nothing of a laptop.
 */
function secondObject(after: readonly string[], groups: readonly TermGroup[]): TermGroup | undefined {
  if (after.length < 3 || !SECOND_OBJECT_ARTICLES.has(after[1]) || !groups.some((g) => g.word === after[0])) return undefined;
  return groups.find((g) => g.word === after[2] && isFocusCandidate(g));
}

/**
 * Does an English question write the word as an owner ("the children's toys", "interns' plane
 * tickets")? What it owns, written after it, is what is asked about: "Does IOM pay for the
 * children's toys…" is about toys, and a page saying it pays migrants' journeys says nothing of them.
 */
function writtenAsOwner(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    OWNER_MARK.lastIndex = at + word.length;
    if (OWNER_MARK.test(lower)) return true;
  }
  return false;
}

function isFocusCandidate(g: TermGroup): boolean {
  return !g.weak && !CLASSIFIERS.has(g.word) && g.acronym === undefined;
}

/** Does the question write this word (lower-cased, as its groups' words are) in capitals, an abbreviation ("NGOs")? */
function writtenInCapitals(text: string, word: string): boolean {
  const upper = word.toUpperCase();
  return text.includes(upper) || (upper.endsWith('S') && text.includes(`${upper.slice(0, -1)}s`));
}

// A module constant: under tsx esbuild compiles a \p{…} regex literal anew at each call.
/** What follows an owner's word: 's, or a plural's lone apostrophe, then the word owned. */
const OWNER_MARK = /(?:['’]s|(?<=s)['’])\s+\p{L}/uy;
