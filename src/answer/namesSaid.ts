// The question's names as a sentence says them, or its passage's title, or the sentence its pronoun
// stands for (antecedent.ts): what selection (select.ts) counts of a name a sentence does not write.
import type { TermGroup } from '../retrieve/terms.js';
import { matchStrength } from '../retrieve/termMatch.js';
import { NAME_FROM_ANTECEDENT } from './antecedent.js';
import type { QuestionReading } from '../retrieve/reading.js';
import { NAME_IN_TITLE_SHARE, titleNamesIt } from '../retrieve/reasonAndName.js';
import type { Passage } from '../types.js';
import { inPeriod } from './figures.js';
import { cachedPassage } from './unitCache.js';

/**
 * A name the question gives that a sentence does not say but its passage's title or heading does
 * counts this much of the name for the sentence: a page about a country office names the country
 * in its title and then says "the mission is led by…". Half: the title makes the sentence about the
 * name without the sentence saying it. Titles only, not the passage's other sentences: a news
 * release's dateline names the city it is issued from, not what it is about. On the multi-document
 * fixture this let the sentence naming an office's head outrank the office's contact line (which
 * says the country's name and nothing asked), and a release's figure its dateline.
 */
const NAME_FROM_PASSAGE = 0.5;

/**
 * How much each of the question's names counts for a sentence that does not say it, from its
 * passage's title and heading (`context`): the same for every sentence of the passage, so compared
 * with the title once per passage rather than once per sentence.
 */
export function namesInContext(names: readonly TermGroup[], context: ReadonlySet<string>): number[] {
  return names.map((g) => NAME_FROM_PASSAGE * matchStrength(g.stems, context));
}

/**
 * Capitalised words of the question the sentence before a pronoun says, for them to name one thing
 * the pronoun stands for though the corpus writes none of them only as a name: "the Missing Migrants
 * Project" after "Le Projet Migrants disparus…". Two: one capitalised word said is any common noun.
 */
export const NAME_WORDS_SAID = 2;

/**
 * How much each name counts for a pronoun's sentence: its title's share, or, for a proper name
 * (`named`) or a name of several words the sentence before says (NAME_WORDS_SAID of them), the
 * sentence before it saying it (NAME_FROM_ANTECEDENT).
 */
export function namesInAntecedent(
  names: readonly TermGroup[],
  named: readonly boolean[],
  fromContext: readonly number[],
  antecedent: ReadonlySet<string>,
): number[] {
  const said = names.map((g) => NAME_FROM_ANTECEDENT * matchStrength(g.stems, antecedent));
  const words = names.filter((g, k) => g.acronym === undefined && said[k] > 0).length >= NAME_WORDS_SAID;
  return names.map((g, k) => (named[k] || (words && g.acronym === undefined) ? Math.max(fromContext[k], said[k]) : fromContext[k]));
}

/**
 * The question's names a sentence does not say and its passage's title or heading does, as a share
 * of the question's weight (`total`, weightOf its groups: summed once per question, not per sentence);
 * `fromContext` is namesInContext of the sentence's passage.
 */
export function namesFromPassage(
  total: number,
  names: readonly TermGroup[],
  terms: ReadonlySet<string>,
  fromContext: readonly number[],
): number {
  if (!names.length) return 0;
  let found = 0;
  for (let k = 0; k < names.length; k++) {
    // A name its title does not say adds nothing whatever the sentence says (a strength is never
    // negative): the sentence's terms are not compared (each comparison walks all of them).
    if (fromContext[k] === 0) continue;
    const said = matchStrength(names[k].stems, terms);
    found += names[k].weight * Math.max(0, fromContext[k] - said);
  }
  return total ? found / total : 0;
}

/**
 * Words of a name that make it a thing's with a page of its own (onNamedPages): three or more ("the
 * Missing Migrants Project", "the World Migration Report"). Two capitalised words are as often a
 * role or a body many pages speak of: "How are the Director General and the deputies chosen?" (own
 * questions on the multidoc fixture) kept only the Director General's page and lost the
 * Constitution's line that answers it.
 */
const NAMED_PAGE_WORDS = 3;

/**
 * The sentences of the pages about the thing the question names, when it writes a name of several
 * capitalised words ("the Missing Migrants Project") and a candidate's page is titled with it (most
 * of its words, as retrieval's titleNamesIt reads a title): a sentence of another page shares the
 * name's common words or the question's verb, not its subject. "Why was the Missing Migrants
 * Project started?" quoted, beside the project's page, IOM's principle (migrants, starts), its
 * history (Tout commence) and a data portal's project lead (projet). Titles only: a sentence's words
 * read through translations match a two-word name in another sense ("Sustainable Development" in
 * "constante évolution", seed dev set). Not the organisation's own name (an acronym's group).
 */
// Not when the question asks of a period its pages never say: "How many deaths did the Missing
// Migrants Project record in 2018?" is answered by a release ("En 2018, le projet a recensé…")
// titled otherwise, the project's own page giving no year's figure (my fixture questions, h10).
// By weight as well as by count: the title may lack a common word of the name ("missing", weighing
// a fifth of "the Missing Migrants Project"), not its rarest: "Director General Ingrid Sabatier"
// is no page about "the Deputy Director General for Operations" (deputy, over half its weight),
// whose line the organisational structure page gives (my fixture questions, k06).
export function onNamedPages<U extends { passage: number; text: string }>(
  units: U[],
  reading: QuestionReading,
  passages: readonly Passage[],
): U[] {
  const name = reading.groups.filter((g) => g.acronym === undefined && reading.nameWords.includes(g.word.toLowerCase()));
  if (name.length < NAMED_PAGE_WORDS) return units;
  const weightOf = (groups: readonly TermGroup[]) => groups.reduce((sum, g) => sum + g.weight, 0);
  const titled = (p: Passage) => {
    const { context } = cachedPassage(p);
    const said = name.filter((g) => matchStrength(g.stems, context) === 1);
    return titleNamesIt(said.length, name.length) && weightOf(said) >= NAME_IN_TITLE_SHARE * weightOf(name);
  };
  const about = units.filter((u) => titled(passages[u.passage]));
  const { period } = reading;
  const saysPeriod = period === null || about.some((u) => inPeriod(passages[u.passage].date, u.text, period));
  return about.length && saysPeriod ? about : units;
}
