// The kind of the thing a count question counts, when its phrase names one: "Combien d'États
// observateurs…" counts observer States, not Member States; "How many regional offices…" regional
// offices, not country offices. A figure naming the same noun with another kind ("178 États
// Membres") counts something else: it is neither preferred for its figure nor an answer's value
// (countedThing.ts countsThing). A question naming no kind ("Combien d'États…") is judged as before.
import type { TermGroup } from '../retrieve/terms.js';
import { termStrength } from '../retrieve/termMatch.js';
import { foldAccents } from '../text/analyzer.js';
import { textTerms } from '../text/termSets.js';
import type { Counted } from './countedNouns.js';

/** What a count question says of its counted thing's kind: the words qualifying it, and every word it writes. */
interface AskedKind {
  /** The groups of the words qualifying the counted noun in the question's phrase ("observateurs", "regional"). */
  qualifiers: readonly TermGroup[];
  /** Every group of the question: a word of the figure's phrase that says one of them is no other kind. */
  groups: readonly TermGroup[];
}

const kindOf = new WeakMap<Counted, AskedKind>();

/**
 * Words that end the counted noun's phrase in a French question, read without accents: an article,
 * a preposition, a pronoun or an auxiliary opens the rest of the sentence ("Combien d'États
 * observateurs l'OIM comptait-elle", "Combien de migrants sont morts"). Elided words ("l'OIM") end
 * it too: FRENCH_QUALIFIER takes letters only.
 */
const FRENCH_PHRASE_END =
  /^(?:le|la|les|un|une|des|du|de|d|au|aux|a|en|dans|pour|par|sur|avec|et|ou|qui|que|dont|se|sa|son|ses|leur|leurs|il|elle|ils|elles|on|y|ont|sont|est|etait|etaient|avait|avaient|ete)$/;
const FRENCH_QUALIFIER = /^[\p{L}-]+$/u;
/** French writes a noun's kind after it: "États observateurs", "bureaux régionaux"; two words at most ("déplacements internes nouveaux" is rare). */
const MAX_FRENCH_QUALIFIERS = 2;

/**
 * Reads and remembers the kind a count question names of its counted group: in English the words
 * of the counted phrase before its last (`phrase`, "observer states"), in French the words right
 * after the counted noun in the question (`after`: "observateurs l'OIM…"). Only words the corpus
 * knows, as groups of the question other than the counted one and the organisation's acronym.
 */
export function rememberKind(counted: TermGroup, groups: readonly TermGroup[], before: readonly string[], after: string): void {
  const words = [...before];
  for (const word of after.trim().split(/\s+/).slice(0, MAX_FRENCH_QUALIFIERS)) {
    if (!FRENCH_QUALIFIER.test(word) || FRENCH_PHRASE_END.test(word)) break;
    words.push(word);
  }
  const qualifiers = groups.filter(
    (g) => g !== counted && g.known && g.acronym === undefined && words.includes(foldAccents(g.word).toLowerCase()),
  );
  if (qualifiers.length) kindOf.set(counted, { qualifiers, groups });
}

/**
 * Does a figure count another kind of the thing asked: its phrase (`phrase`: the quantity reader's
 * unit and the words after it in its noun phrase, "États Membres") names the counted noun, says
 * none of the kinds the question asks, and has a word besides that says none of the question's
 * words ("Membres" for "Combien d'États observateurs…?"). A figure of the noun alone, or one whose
 * phrase goes on to the kind ("Eight States also hold observer status"), counts as before.
 */
export function countsAnotherKind(phrase: readonly string[], counted: Counted, language: 'fr' | 'en'): boolean {
  const kind = kindOf.get(counted);
  if (!kind || phrase.length < 2) return false;
  const says = (word: string, stems: readonly string[]) => [...textTerms(word, language)].some((t) => termStrength(stems, t) > 0);
  let names = false;
  let other = false;
  for (const word of phrase) {
    if (kind.qualifiers.some((q) => says(word, q.stems))) return false;
    if (says(word, counted.stems)) names = true;
    else if (textTerms(word, language).size > 0 && !kind.groups.some((g) => says(word, g.stems))) other = true;
  }
  return names && other;
}
