// Whether the chosen sentences say the thing a question names, beyond sharing its words: a likeness
// of spelling is not the thing ("fonds" for "fondue"), and a yes/no question's sentences must say
// what its verb acts on. Pure functions of the question's reading and the quoted terms, read by
// groundingFacts.ts; the rules using them are in grounding.ts, each with a pair in
// test/answer/groundingRules.test.ts.
import type { QuestionReading } from '../retrieve/reading.js';
import type { TermGroup } from '../retrieve/terms.js';
import { coverage, matchStrength } from '../retrieve/termMatch.js';
import { textTerms } from '../text/termSets.js';
import type { Passage } from '../types.js';
import { saysSubjectActing, subjectGroups } from './actorSaid.js';
import { saysFamily } from './askedKind.js';
import { contentGroups, isNumber, languageOf, unitTerms } from './passageTerms.js';
import type { Selection } from './select.js';
import { addressesVisitor } from './visitor.js';
import { saidAt } from './wordsSaid.js';
import { datedInPeriod } from './figurePeriod.js';

/**
 * The chosen sentences say words of the question (the organisation's acronym and numbers aside),
 * a noun among them, each only by a form sharing a short beginning with one of its stems ("fonds"
 * for "fondue": matchStrength above 0), none as itself, a translation or a word of its family
 * (stemSet.ts sameFamily: "advocates" for "advocacy"): a likeness of spelling, not the thing the
 * question names.
 */
export function saidOnlyAlike(reading: QuestionReading, quoted: ReadonlySet<string>): boolean {
  let thing = false;
  for (const g of contentGroups(reading)) {
    // Said as itself, a translation or a word of its family ("advocates" for "advocacy": the first five letters of both).
    if (saysFamily(g, quoted)) return false;
    // A verb or adjective said by another form of it is the same word inflected (established, établie); a noun is a thing.
    if (!g.weak && matchStrength(g.stems, quoted) > 0) thing = true;
  }
  return thing;
}

/**
 * A yes/no question asks whether its verb acts on its focus ("Does IOM run hospitals?"): the
 * corpus knows the focus (some page says it) and no chosen sentence does, nor speaks to the
 * visitor (who may be told how to do it in other words: "Vous pouvez faire un virement" for "can I
 * donate by bank transfer"). The sentences then say the verb of something else.
 */
export function knownThingUnsaid(reading: QuestionReading, selection: Selection, quoted: ReadonlySet<string>): boolean {
  const focus = reading.focus;
  if (!reading.yesNo || !focus?.known || focus.byChance || matchStrength(focus.stems, quoted) > 0) return false;
  // A focus in a name ("the Sustainable Development Goals") is the name rules' to judge: a page names it otherwise (Programme 2030).
  if (writtenAsName(reading.text, focus.word)) return false;
  return !selection.units.some((u) => addressesVisitor(u.text));
}

/**
 * A yes/no question asks whether its verb acts on its focus, both words the corpus knows, and no
 * chosen sentence says the two together, nor speaks to the visitor: one says the thing ("dans les
 * hôpitaux", of migrant workers) and another, or none, the act ("gère des sites"): the thing in
 * another sense than the one asked. Unless a page says them in two sentences, each with the
 * question's subject acting (actedApart).
 */
export function actOnThingApart(reading: QuestionReading, passages: Passage[], selection: Selection): boolean {
  const focus = reading.focus;
  const act = reading.groups.find((g) => g.word === reading.yesNoVerb);
  if (!reading.yesNo || !focus?.known || focus.byChance || !act?.known || act === focus) return false;
  // A number ("the 2030 Agenda") names a thing as a name does: a page may say the act in other words (soutenir for support).
  if (isNumber(focus) || writtenAsName(reading.text, focus.word)) return false;
  if (selection.units.some((u) => addressesVisitor(u.text))) return false;
  const together = selection.units.some((u) => {
    const terms = unitTerms(u, passages);
    return (
      matchStrength(focus.stems, terms) > 0 &&
      matchStrength(act.stems, terms) > 0 &&
      !oneWordSaysBoth(focus, act, u.text, passages[u.passage], reading)
    );
  });
  return !together && !actedApart(reading, focus, act, passages, selection);
}

/**
 * Does a sentence say the act and the thing only by one written word, a translation of both ("Does
 * IOM invest its money…": argent translates invest and money, and "ne demande jamais d'argent"
 * says neither investing nor its money)? Two words asked are two words said; a sentence saying
 * either only by a likeness (no word as itself: wordsSaid.ts saidAt) is left as matched.
 */
function oneWordSaysBoth(focus: TermGroup, act: TermGroup, text: string, passage: Passage, reading: QuestionReading): boolean {
  const thing = saidAt(focus, text, passage, reading);
  const acting = saidAt(act, text, passage, reading);
  return thing.length > 0 && acting.length > 0 && !thing.some((k) => acting.some((j) => j !== k));
}

/**
 * One page's chosen sentences say the act and the thing apart, each as itself or a translation (no
 * likeness of spelling), and each with the question's subject acting (actorSaid.ts): "elle vient en
 * aide… en fournissant des conseils" and "Elle travaille… avec les gouvernements" answer "Does IOM
 * advise governments?"; "Les activités entreprises…" is no thing the organisation acts on.
 */
function actedApart(reading: QuestionReading, focus: TermGroup, act: TermGroup, passages: Passage[], selection: Selection): boolean {
  const subject = subjectGroups(reading);
  if (!subject.length) return false;
  const acting = selection.units.filter((u) => saysSubjectActing(u.text, unitTerms(u, passages), subject));
  const says = (u: (typeof acting)[number], g: TermGroup) => matchStrength(g.stems, unitTerms(u, passages)) === 1;
  const page = (u: (typeof acting)[number]) => passages[u.passage].source;
  return acting.some((a) => says(a, act) && acting.some((t) => t !== a && page(t) === page(a) && says(t, focus)));
}

/** A word of letters. Module constant: under tsx a \p{…} literal is compiled at each call. */
const LETTERS = /\p{L}+/gu;

/** Does the question write this word with a capital after its first word (part of a name)? */
function writtenAsName(text: string, word: string): boolean {
  return (text.match(LETTERS) ?? []).slice(1).some((w) => w.toLowerCase() === word && w[0] !== w[0].toLowerCase());
}

/**
 * The weighted share of the question's words the corpus knows that the chosen sentences or the
 * headings of their sections say: "Parlez-moi du glossaire de la migration" is answered by the
 * definitions under the heading Glossaire, which do not say it again. The year asked as a period is
 * said by a chosen line of that year (figurePeriod.ts datedInPeriod): "employs nearly 9,800 staff"
 * in the release of 2016 says the 2016 of "How big was IOM's staff in 2016…?".
 */
export function knownSaidHeaded(reading: QuestionReading, passages: Passage[], selection: Selection, quoted: ReadonlySet<string>): number {
  const known = reading.groups.filter((g) => g.known);
  if (!known.length) return 0;
  const terms = headedTerms(passages, selection, quoted);
  const { period } = reading;
  if (period !== null && selection.units.some((u) => datedInPeriod(u, passages, period))) terms.add(String(period));
  return coverage(known, terms);
}

/** The quoted terms with those of the headings of the chosen sentences' sections. */
function headedTerms(passages: Passage[], selection: Selection, quoted: ReadonlySet<string>): Set<string> {
  const terms = new Set(quoted);
  for (const p of new Set(selection.units.map((u) => passages[u.passage])))
    if (p.heading) for (const t of textTerms(p.heading, languageOf(p))) terms.add(t);
  return terms;
}

/**
 * A "what is"/"who is" question asks what its focus is of something it names ("What is the email
 * address of the office in Colombia?"): the corpus knows the focus (courriel), the chosen
 * sentences say the name, and none says the focus, nor the heading of its section. They say what
 * the focus is of (the country), not the thing asked; one telling the visitor where to go
 * ("Adressez-vous au bureau…") gives no address either. Not a question naming nothing but the
 * organisation ("What is IOM's first concern…?"): its answer may put the focus in its own words
 * (préoccupation), and it has no name a sentence could say instead.
 */
export function definedThingUnsaid(
  reading: QuestionReading,
  passages: Passage[],
  selection: Selection,
  quoted: ReadonlySet<string>,
): boolean {
  const focus = reading.focus;
  if (reading.expected !== 'definition' || !focus?.known || focus.byChance || focus.acronym !== undefined || isNumber(focus)) return false;
  const named = reading.groups.some((g) => g.acronym === undefined && reading.names.includes(g.word) && matchStrength(g.stems, quoted) > 0);
  if (!named) return false;
  return !writtenAsName(reading.text, focus.word) && matchStrength(focus.stems, headedTerms(passages, selection, quoted)) === 0;
}
