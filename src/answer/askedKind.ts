// The kind of thing a question asks for with an interrogative determiner ("Avec quels acteurs…",
// "Which deputy director…"): a page names the instances, not the kind, so the kind's noun may be
// unknown to the corpus. Facts for grounding (groundingFacts.ts).
import { isStopWord, words } from '../text/analyzer.js';
import { sameFamily } from '../text/stemSet.js';
import { isClassifier } from '../retrieve/questionFocus.js';
import type { QuestionReading } from '../retrieve/reading.js';
import type { TermGroup } from '../retrieve/terms.js';
import { matchStrength } from '../retrieve/termMatch.js';
import type { Passage } from '../types.js';
import { contentGroups, unitTerms } from './passageTerms.js';
import type { Selection } from './select.js';

/**
 * An interrogative determiner and the noun after it: the noun names the kind of thing asked for
 * ("avec quels acteurs" → les gouvernements), which the answer names by instance, not by kind.
 */
const ASKED_KIND = /\b(?:quels?|quelles?|which|what)\s+(\p{L}+)/iu;

/**
 * Words of the question beside the kind asked that the chosen sentences must say (known, acronyms
 * aside). With one, "Which airline does IOM use?" passed on a sentence saying "s'emploie" (use's
 * employer): a sentence about the organisation and a verb. The probe questions this answers say
 * two (gérer, mobilité) and five (deputy, director, general, management, reform); nouns alone would
 * leave the first one (gérer is known only as a verb). unknownThingUnsaid asks as many of an
 * unknown thing's question: with one, "What dishes does IOM serve…" was answered by a sentence
 * saying "services".
 */
const MIN_TOPIC_WORDS_BESIDE_KIND = 2;

/**
 * The question's focus when it is the unknown noun its interrogative determiner asks the kind of
 * (ASKED_KIND) and the chosen sentences say MIN_TOPIC_WORDS_BESIDE_KIND of its other words, else null.
 */
export function unknownAskedKind(reading: QuestionReading, quoted: ReadonlySet<string>): TermGroup | null {
  const focus = reading.focus;
  if (!focus || focus.known) return null;
  const asked = ASKED_KIND.exec(reading.text)?.[1]?.toLowerCase();
  if (asked !== focus.word) return null;
  const topic = (g: TermGroup) => g !== focus && g.known && g.acronym === undefined;
  const said = reading.groups.filter((g) => topic(g) && matchStrength(g.stems, quoted) > 0);
  return said.length >= MIN_TOPIC_WORDS_BESIDE_KIND ? focus : null;
}

/** The interrogative determiners that open the phrase naming what is asked for. */
const DETERMINERS: ReadonlySet<string> = new Set(['quel', 'quels', 'quelle', 'quelles', 'which', 'what']);
/** What links a classifier to the noun it classifies ("what kind of partners", "quel type de"). */
const CLASSIFIER_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'd', 'des']);

/**
 * The words of the phrase an interrogative determiner opens, up to its first stop word ("What
 * software does…" → software, "Which deputy director general is…" → deputy, director, general,
 * "Quel salaire la…" → salaire), a classifier and its link passed over ("what kind of partners"):
 * the thing asked for, as the question's groups (acronyms and classifiers aside); in a yes/no
 * question (an English auxiliary opening, a French inverted verb), its focus. None without either, or when a verb follows the
 * determiner ("What is…", "Quels sont…").
 */
export function askedPhrase(reading: QuestionReading): TermGroup[] {
  const tokens = words(reading.text);
  const at = tokens.findIndex((t) => DETERMINERS.has(t));
  // A yes/no question asks whether its verb acts on its focus ("Does IOM use software…", "L'OIM utilise-t-elle un logiciel…"): that is the thing asked about.
  if (at < 0) return reading.focus && reading.yesNo ? [reading.focus] : [];
  const phrase: string[] = [];
  for (let k = at + 1; k < tokens.length; k++) {
    const classified = phrase.length > 0 && phrase.every(isClassifier);
    if (classified && CLASSIFIER_LINKS.has(tokens[k])) continue;
    if (isStopWord(tokens[k], reading.language === 'en' ? 'en' : 'fr')) break;
    phrase.push(tokens[k]);
  }
  return reading.groups.filter((g) => phrase.includes(g.word) && !isClassifier(g.word) && g.acronym === undefined);
}

/** Do the terms hold one of the group's stems or a word of its family (stemSet.ts sameFamily)? */
export function saysFamily(group: TermGroup, terms: ReadonlySet<string>): boolean {
  for (const s of group.stems) {
    if (terms.has(s)) return true;
    for (const t of terms) if (sameFamily(s, t)) return true;
  }
  return false;
}

/** A word the corpus knows as itself (in its own form, a translation or its word family), not by a chance likeness (TermGroup.byChance). */
const knownFirmly = (g: TermGroup) => g.known && !g.byChance;

/**
 * The question asks for a thing (askedPhrase) none of whose words the corpus knows firmly — no
 * form, translation or word family of them in any page: a salary, software, a canteen's dishes —
 * and no chosen sentence says every other word of it the corpus knows, each in its own family (at least
 * MIN_TOPIC_WORDS_BESIDE_KIND of them, the organisation's acronym and numbers aside). A sentence
 * naming an instance of an unknown kind says what the question says of it ("Avec quels acteurs
 * l'OIM gère-t-elle la mobilité ?" → "…avec les gouvernements pour gérer toutes les formes de
 * mobilité"); one that says part of it (the Director General's title, without what she earns)
 * speaks of something else. A word's family, not any related form: "services" for "use"'s "serv"
 * (servir) is a short stem's likeness, retrieval's evidence, not the same word.
 */
export function unknownThingUnsaid(reading: QuestionReading, passages: Passage[], selection: Selection): boolean {
  const phrase = askedPhrase(reading);
  if (!phrase.length || phrase.some(knownFirmly)) return false;
  const rest = contentGroups(reading).filter((g) => !phrase.includes(g) && knownFirmly(g));
  if (rest.length < MIN_TOPIC_WORDS_BESIDE_KIND) return true;
  return !selection.units.some((u) => {
    const terms = unitTerms(u, passages);
    return rest.every((g) => saysFamily(g, terms));
  });
}

/** What links a noun to its complement: "la recette du tiramisu", "the price of a permit". */
const COMPLEMENT_LINK = "(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|d['’]|of\\s+(?:the\\s+|an?\\s+)?)";

/**
 * A word of the question the corpus knows, and what it is of is not ("la recette du tiramisu", "the
 * price of a permit", "le catalogue des cactus"): the known word alone ("recette", read as income
 * through a translation) then finds sentences about something else. The complement is the word
 * written right after the known one and its link, when that word's group is unknown to the corpus.
 */
export function complementUnknown(reading: QuestionReading): boolean {
  const unknown = new Set(reading.groups.filter((g) => !g.known).map((g) => g.word.toLowerCase()));
  const known = reading.groups.filter((g) => g.known).map((g) => g.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!unknown.size || !known.length) return false;
  // One pattern for all the known words; the complement read in a lookahead, so that a known word
  // that is itself a complement ("le catalogue des graines du verger") is still read as a head.
  const heads = new RegExp(`(?<![\\p{L}])(?:${known.join('|')})\\s+(?=${COMPLEMENT_LINK}([\\p{L}-]+))`, 'giu');
  for (const found of reading.text.matchAll(heads)) if (unknown.has(found[1].toLowerCase())) return true;
  return false;
}

/** The verb "to be" after an interrogative determiner: "Quel est le…", "What was the…". */
const COPULAS: ReadonlySet<string> = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'is', 'are', 'was', 'were']);
/** Articles before the property's noun (words() drops the elided "l'"). */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'un', 'une', 'the', 'a', 'an']);
/** What links the property's noun to what it is of ("le salaire de la…", "the salary of the…"). */
const PROPERTY_LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd', 'of']);

/**
 * The question asks for a property of a thing in the copula form ("Quel est le salaire de la
 * Directrice générale ?", "What is the salary of the Director General?"): the nouns between the
 * verb and the link are the property, none of them known to the corpus in any form, translation or
 * family, and the first word after the link (what it is of) is known. Sentences about the thing
 * then say other things of it (her title, when she took office), never the property: nothing a
 * page names could stand for it, unlike the kind a "which" asks, whose instances a page names.
 * A word with no translation in a language no page is written in (cognateOnly) is not counted as
 * unknown: the seed's French pages cannot tell an English word's absence from a dictionary's gap.
 */
export function unknownPropertyOfKnown(reading: QuestionReading): boolean {
  const tokens = words(reading.text);
  const at = tokens.findIndex((t) => DETERMINERS.has(t));
  if (at < 0) return false;
  let k = at + 1;
  if (!COPULAS.has(tokens[k]) && !ARTICLES.has(tokens[k])) return false;
  while (COPULAS.has(tokens[k]) || ARTICLES.has(tokens[k])) k++;
  const property: string[] = [];
  for (; k < tokens.length && !PROPERTY_LINKS.has(tokens[k]); k++) property.push(tokens[k]);
  while (k < tokens.length && (PROPERTY_LINKS.has(tokens[k]) || ARTICLES.has(tokens[k]))) k++;
  const owner = reading.groups.find((g) => g.word === tokens[k]);
  const nouns = reading.groups.filter((g) => property.includes(g.word));
  if (!owner?.known || !nouns.length || property.length > nouns.length) return false;
  return nouns.every((g) => !knownFirmly(g) && !g.cognateOnly && g.acronym === undefined);
}
