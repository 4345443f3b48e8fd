// A question may spell out a name the corpus writes as an acronym ("the International Organization
// for Migration" for OIM). Read word by word, that name is four common words ("international",
// "organization"…) that match every passage and drown what the question asks; read as the acronym,
// it is the one entity it names. Capitalised words in a row (joined by small connecting words) whose
// initials are a corpus acronym, in any order (IOM/OIM: languages order words differently), are
// replaced by that acronym.

/** Words that may join the capitalised words of a name ("for", "pour les"…). */
const CONNECTORS = new Set(['for', 'of', 'the', 'and', 'on', 'pour', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'sur', 'l', 'd']);

/** A word's letters in order: acronyms of one name in two languages share them (IOM, OIM). */
export function sortedLetters(word: string): string {
  return [...word].sort().join('');
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

export function collapseSpelledOutNames(text: string, acronyms: string[]): string {
  if (!acronyms.length) return text;
  const bySortedLetters = new Map(acronyms.map((a) => [sortedLetters(a), a]));
  const tokens = [...text.matchAll(/\p{L}+/gu)];
  const spans: Array<{ start: number; end: number; acronym: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i][0])) continue;
    // The longest run from here of capitalised words and connectors, ending on a capitalised word.
    let last = i;
    for (let j = i + 1; j < tokens.length && (isCapitalised(tokens[j][0]) || CONNECTORS.has(tokens[j][0].toLowerCase())); j++) {
      if (isCapitalised(tokens[j][0])) last = j;
    }
    const initials = tokens
      .slice(i, last + 1)
      .filter((t) => isCapitalised(t[0]))
      .map((t) => t[0][0].toUpperCase())
      .join('');
    const acronym = initials.length >= 2 ? bySortedLetters.get(sortedLetters(initials)) : undefined;
    if (!acronym) continue;
    spans.push({ start: tokens[i].index!, end: tokens[last].index! + tokens[last][0].length, acronym });
    i = last;
  }
  return spans.reduceRight((out, s) => out.slice(0, s.start) + s.acronym + out.slice(s.end), text);
}
