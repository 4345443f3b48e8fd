// A figure counting a group joined with another ("3 200 femmes et hommes", "900 réfugiés et migrants
// accueillis") counts the pair: it is the total of both, no count of either alone. "How many women
// does the agency employ?" is not answered by "a staff of 3,200 women and men"; a question naming
// both ("How many refugees and migrants…") or neither ("Combien d'employés…") may be.
import type { TermGroup } from '../retrieve/terms.js';
import { termStrength } from '../retrieve/termMatch.js';
import { foldAccents } from '../text/analyzer.js';
import type { Quantity } from '../text/quantities/quantities.js';
import { textTerms } from '../text/termSets.js';
import { PEOPLE } from './countedNouns.js';

/** The words that join two nouns into one counted pair. */
const JOIN = /^(?:et|and)$/i;
/** Words before the join that end the figure's noun phrase instead (a place, a purpose, a time): "5 000 personnes à Lyon et à Nantes" joins places, not groups. */
const OTHER_PHRASE =
  /^(?:on|in|at|to|for|from|with|by|into|or|who|which|that|whose|a|à|au|aux|en|dans|pour|par|sur|avec|vers|ou|qui|que|dont|de|du|des|of|the|les|le|la)$/i;
/** The most words the figure's noun may take before the join ("migrant workers and…"): from the nouns counted in the fixtures, at most two. */
const NOUN_WORDS = 2;
const WORD = /[\p{L}\d-]+/gu;
const PUNCTUATION = /[,;:.()–—]/;

/** The figure's own noun words and the noun joined to them by "et"/"and", or null when its noun is joined to none. */
export function joinedPair(after: string, unit: readonly string[]): { own: string[]; joined: string } | null {
  const words = after.split(PUNCTUATION)[0].match(WORD) ?? [];
  const own = [...unit];
  for (let i = 0; i < words.length && i <= NOUN_WORDS; i++) {
    const word = words[i];
    if (JOIN.test(word)) {
      // Only a group of people joins the count ("femmes et hommes", "refugees and migrants"): after
      // "and" a verb ("40 member States and employs…", "offices and announced") or another figure
      // ("12 banques régionales et 3 antennes") opens another phrase.
      const joined = words[i + 1];
      return own.length && joined && PEOPLE.has(foldAccents(joined.toLowerCase())) ? { own, joined } : null;
    }
    if (OTHER_PHRASE.test(word) || /^\d/.test(word)) return null;
    own.push(word);
  }
  return null;
}

/**
 * What the figure counts of a pair one side of which is the thing asked (`asked`): 'both' when the
 * question names (`named`) a word of the other side too (the pair's total is its answer), 'pair'
 * when it does not (the total is no count of one side), null when the figure counts no such pair.
 */
export function pairCounted(
  after: string,
  unit: readonly string[],
  reads: { asked: (word: string) => boolean; named: (word: string) => boolean },
): 'both' | 'pair' | null {
  const pair = joinedPair(after, unit);
  if (!pair) return null;
  const sides = [pair.own, [pair.joined]];
  const askedSide = sides.findIndex((side) => side.some(reads.asked));
  if (askedSide < 0) return null;
  return sides[1 - askedSide].some(reads.named) ? 'both' : 'pair';
}

type Counted = Pick<TermGroup, 'stems'>;
/** The terms of the question a counted group was read from (countedAsked.ts countedGroup): whether it names the other side of a pair. */
const askedTerms = new WeakMap<Counted, ReadonlySet<string>>();
export function rememberQuestion(counted: Counted, terms: ReadonlySet<string>): void {
  askedTerms.set(counted, terms);
}

/** What a figure counts of a pair one side of which is the thing asked ("3,200 women and men" for women): pairCounted. */
export function pairOf(text: string, quantity: Quantity, counted: Counted, language: 'fr' | 'en'): 'both' | 'pair' | null {
  const at = text.indexOf(quantity.phrase);
  if (at < 0) return null;
  const question = askedTerms.get(counted) ?? new Set<string>();
  const terms = (word: string) => [...textTerms(word, language)];
  return pairCounted(text.slice(at + quantity.phrase.length), quantity.unit, {
    asked: (word) => terms(word).some((stem) => termStrength(counted.stems, stem) > 0),
    named: (word) => terms(word).some((t) => question.has(t)),
  });
}
