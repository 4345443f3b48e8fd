// "The organisation", "l'Organisation", "cette organisation": asked of the site of one
// organisation, the generic noun with a definite article names that organisation, as its pages do
// ("the Organization's membership", "le siège de l'Organisation"). Read as a word, it was a topic
// the answering line seldom writes (a history page says "l'organisme", "il", or the old name), and a
// year the question gives was not tied to it ("What was the organisation called in 1952?" refused
// beside "Il devient en 1952 le Comité … (CIME)"). Written as the corpus's own acronym, it weighs
// as the organisation's name does: a subject every line may leave unsaid. Its group still finds the
// noun where a page writes it ("in 1989, when the Organization took its present name"): written
// only as the acronym, "When did the organization take its present name?" lost that line.
import { stemIn } from '../text/analyzer.js';
import type { TermGroup } from './terms.js';

/**
 * The noun after a definite article or a demonstrative, not followed by what makes it another body
 * or the act of organising: a qualifier ("l'organisation mondiale de la santé", "the organization of
 * work") or a relative clause ("the organisation that runs the camp").
 */
const OWN_BODY =
  /(?<![\p{L}])(the\s+|this\s+|l['’]\s*|cette\s+)organi[sz]ations?(?![\p{L}'’-]*\s+(?:de|des|du|d['’]|of|for|that|which|who|qui|que|mondiale|internationale|international|world|non|humanitaire|humanitarian|intergouvernementale|intergovernmental|r[eé]gionale|regional)(?![\p{L}]))(?![\p{L}-])/giu;

/** The question with "the organisation" written as the corpus's own acronym (see above); unchanged without one. */
export function namingOwnBody(question: string, ownAcronym: string | null): string {
  return ownAcronym ? question.replace(OWN_BODY, (_all, det: string) => `${det}${ownAcronym}`) : question;
}

/** The noun's stems in the corpus's languages, added to the acronym's group of a question that wrote the noun. */
let nounStems: readonly string[] | null = null;

/**
 * The question's groups with the own acronym's group also finding the noun "organisation", weighed
 * as the noun is (the acronym's pervasive weight outweighed by any other word lost the line that
 * writes the noun), when the question wrote "the organisation" (namingOwnBody wrote it as the
 * acronym); unchanged otherwise. `nounWeight`: the weight of the noun's group (Vocabulary.weigh).
 */
export function withOwnBodyNoun(
  groups: TermGroup[],
  question: string,
  ownAcronym: string | null,
  nounWeight: (noun: { word: string; stems: string[] }) => number,
): TermGroup[] {
  if (!ownAcronym || question.search(OWN_BODY) < 0) return groups;
  nounStems ??= [stemIn('organisation', 'fr'), stemIn('organization', 'en')];
  const stems = nounStems;
  const weight = nounWeight({ word: 'organisation', stems: [...stems] });
  return groups.map((g) =>
    g.acronym === ownAcronym ? { ...g, stems: [...new Set([...g.stems, ...stems])], weight: Math.max(g.weight, weight) } : g,
  );
}
