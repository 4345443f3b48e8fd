// Decides whether the retrieved text answers the question: the facts measured once from the
// question's reading, the passages and the chosen sentences (groundingFacts.ts), then an ordered
// catalogue of rules, the first that applies deciding. Anything no rule answers is refused: a
// polite "not in the documents" beats an invented answer.
import type { GroundingFacts } from './groundingFacts.js';

export { type GroundingFacts, groundingFacts } from './groundingFacts.js';

// Thresholds set with the offline answerer on the seed's dev and probe sets (dev 19/19 since).
/** Least hybrid score of the best passage. */
export const MIN_TOP_SCORE = 0.25;
/** Largest weighted share of question words that the corpus never mentions. */
export const MAX_UNKNOWN_SHARE = 0.4;
/** The same, when the corpus knows the question's focus (probe refusals held at 24/24 when raised to this). */
export const MAX_UNKNOWN_SHARE_KNOWN_FOCUS = 0.65;
/** Least share of the question that the best sentence must cover. */
export const MIN_SENTENCE_COVERAGE = 0.2;
/**
 * With that many unknown words, the least weighted share of the words the corpus knows that the
 * chosen sentences must say: the unknown ones are then verbs or paraphrase only if the rest is
 * answered. The seed probe set's answers that need the tolerance say 0.86 to 1 of their known
 * words; an off-topic request on the multi-document fixture, found by a word its verb shares a stem
 * with (donne, données), said 0.45 (0.55 from its best page once an English report's "income" said
 * its object; measured per page, see groundingFacts.ts knownSaid). Set between, at more than half.
 */
export const MIN_KNOWN_SAID_MANY_UNKNOWN = 0.6;
/**
 * The least weighted share of the words the corpus knows that the chosen sentences (or their
 * sections' headings: groundingFacts.ts knownSaidHeaded) must say for a question whose words it
 * nearly all knows (covered). On the multi-document fixture, whose English
 * pages make most words of either language known, "Quand sort le prochain rapport ?" was answered
 * with a sentence saying only "record" (a translation of rapport: 0.29) and "Comment devenir
 * citoyen français ?" with one saying 0.32; the least that an answer of the dev, probe and
 * multidoc sets says is 0.44 ("Qui dirige le bureau de l'OIM au Sénégal ?"). Set between.
 */
export const MIN_KNOWN_SAID_COVERED = 0.4;

/** One grounding rule: when `test` holds, the question is answered or refused, for the reason `why`. */
export interface GroundingRule {
  id: string;
  verdict: 'answer' | 'refuse';
  why: string;
  test: (facts: GroundingFacts) => boolean;
}

export interface GroundingDecision {
  grounded: boolean;
  /** The rule that decided, or NOT_COVERED when none applied. */
  rule: string;
}

/** The decision when no rule applies. */
export const NOT_COVERED = 'not-covered';

function scoresWell(f: GroundingFacts, maxUnknown: number): boolean {
  return f.topScore >= MIN_TOP_SCORE && f.unknownShare < maxUnknown && f.bestCoverage >= MIN_SENTENCE_COVERAGE;
}

/** In order: refusals that hold whatever the scores come first. */
export const GROUNDING_RULES: readonly GroundingRule[] = Object.freeze([
  {
    id: 'takeover',
    verdict: 'refuse',
    why: 'The message tries to give the assistant new instructions or a new role rather than ask about the documents.',
    test: (f) => f.takeover,
  },
  {
    id: 'action-request',
    verdict: 'refuse',
    why: 'It asks the assistant to act (book, send, pay, apply for the visitor) rather than what the documents say: the assistant only quotes them.',
    test: (f) => f.actionRequest,
  },
  {
    id: 'unknown-name',
    verdict: 'refuse',
    why: 'It names something the documents never mention (a place, a person, a body): a name has no paraphrase to find instead.',
    test: (f) => f.unknownName !== null,
  },
  {
    id: 'names-unsaid',
    verdict: 'refuse',
    why: 'It names something the documents mention elsewhere, but none of the chosen sentences says a name or a number it gives: they speak of something else (another country’s office, another person).',
    test: (f) => f.namesUnsaid,
  },
  {
    id: 'number-missing',
    verdict: 'refuse',
    why: 'A number it writes ("in 2022") is in none of the chosen sentences: they speak of something else.',
    test: (f) => !f.numbersPresent,
  },
  {
    id: 'number-aside',
    verdict: 'refuse',
    why: 'A number it writes is only in a side sentence that says little else of the question: the sentences that answer speak of another year or figure.',
    test: (f) => !f.numbersTied,
  },
  {
    id: 'value-missing',
    verdict: 'refuse',
    why: 'It asks for a number, a year, a name or who leads, and no chosen sentence holds one (for who leads: no sentence names a head’s role).',
    test: (f) => !f.valuePresent,
  },
  {
    id: 'other-person-unnamed',
    verdict: 'refuse',
    why: 'It asks who came before, after or in place of a person it names (otherPerson.ts OTHER_PERSON_FORMS), and no chosen sentence names anyone else: a line naming that person alone gives their own post, not the other holder asked.',
    test: (f) => f.otherPersonUnnamed,
  },
  {
    id: 'share-missing',
    verdict: 'refuse',
    why: 'It asks what share of something (a percentage, a proportion), and no chosen sentence writes a share (shareWritten.ts SHARE_FORMS): the amount or the count of the whole ("an appeal for 3.4 billion dollars") is not the part asked.',
    test: (f) => f.shareMissing,
  },
  {
    id: 'amount-of-another',
    verdict: 'refuse',
    why: 'It asks for an amount of something, and the chosen sentences that give an amount say nothing else it asks: "6,3 % du montant transféré" is the cost of sending money, not the allocation asked.',
    test: (f) => f.amountApart,
  },
  {
    id: 'figure-out-of-scope',
    verdict: 'refuse',
    why: 'It asks how many of something in a year, a place or of a body it names, and every chosen sentence giving that figure gives it for another scope (figureScope.ts SCOPE_RULES): another year, a total since a year, a page of another year, or no word of the place (worldwide, the place said only by another line).',
    test: (f) => f.figureOutOfScope,
  },
  {
    id: 'only-names-said',
    verdict: 'refuse',
    why: 'The chosen sentences say what it names and nothing of what it asks about it (a salary, the weather): they are about the name, not an answer. Not a why question answered by a line stating a cause: the page puts its verb in its own words.',
    test: (f) => f.onlyNamesSaid,
  },
  {
    id: 'only-action-said',
    verdict: 'refuse',
    why: 'It asks about things the corpus knows (a job, a service), but of its words the chosen sentences say only its verbs (find, apply) and the organisation’s name: they say what the organisation does, not what was asked.',
    test: (f) => f.onlyActionSaid,
  },
  {
    id: 'procedure-apart',
    verdict: 'refuse',
    why: 'It asks how something is done (how, or what the visitor can do), and no passage quoted says the act together with its object: one says the act (apply), another the thing (a job), each in a sense the question did not mean.',
    test: (f) => f.procedureApart,
  },
  {
    id: 'own-act-unsaid',
    verdict: 'refuse',
    why: 'The visitor asks about their own act and names nothing else but the organisation (can I work for it, give to it), and no chosen sentence speaks to the visitor: they say what the organisation itself does, not what the visitor can do.',
    test: (f) => f.ownActUnsaid,
  },
  {
    id: 'unknown-thing-unsaid',
    verdict: 'refuse',
    why: 'It asks which thing of a kind the corpus never mentions (a salary, software, a canteen’s dishes), and no chosen sentence says all else it asks that the corpus knows (each word or one of its family): a sentence naming such a thing would say what the question says of it; these say part of it (the person’s title, not what she earns) and speak of something else.',
    test: (f) => f.unknownThingUnsaid,
  },
  {
    id: 'unknown-property',
    verdict: 'refuse',
    why: 'It asks what the X of a thing is ("Quel est le salaire de la Directrice générale ?"), the corpus never names X in any form, and knows the thing: sentences about the thing say other things of it (her title, when she took office), never X.',
    test: (f) => f.unknownPropertyOfKnown,
  },
  {
    id: 'said-only-alike',
    verdict: 'refuse',
    why: 'The chosen sentences say none of its words as itself, a translation or a word of its family, only words sharing a short stem with them ("fonds" for "fondue"), a noun among them: a likeness of spelling, not the thing it names.',
    test: (f) => f.saidOnlyAlike,
  },
  {
    id: 'said-only-as-other-words',
    verdict: 'refuse',
    why: 'The chosen sentences share a term with some of its words but write none of them as that word: only as a name ("FIDA", "Mariam") or a longer word built on its beginning ("internal", "international" for "interns"): another word, not the thing it asks about.',
    test: (f) => f.saidOnlyAsOtherWords,
  },
  {
    id: 'known-thing-unsaid',
    verdict: 'refuse',
    why: 'A yes/no question asks whether its verb acts on a thing the corpus knows ("Est-ce que l’OIM gère des hôpitaux ?"), and no chosen sentence says that thing nor speaks to the visitor: they say the verb of something else (the sites it runs).',
    test: (f) => f.knownThingUnsaid,
  },
  {
    id: 'defined-thing-unsaid',
    verdict: 'refuse',
    why: 'It asks what its focus is ("What is the email address of the office in Colombia?"), a thing the corpus knows, and no chosen sentence says it, nor its section’s heading: they say what the thing is of (the office, the country), not the thing.',
    test: (f) => f.definedThingUnsaid,
  },
  {
    id: 'act-on-thing-apart',
    verdict: 'refuse',
    why: 'A yes/no question asks whether its verb acts on its focus, both known to the corpus, and no chosen sentence says the two together nor speaks to the visitor: one says the thing in another sense ("dans les hôpitaux", of migrant workers), another the act on something else. Not when one page says them in two sentences each with the question’s subject acting (named, or taken up by "Elle", "L’Organisation"): "elle… fournit des conseils" and "Elle travaille… avec les gouvernements" say it advises them.',
    test: (f) => f.actOnThingApart,
  },
  {
    id: 'own-people-apart',
    verdict: 'refuse',
    why: 'It asks something of the organisation’s own people (its staff, its interns), and no chosen sentence says them together with anything else it asks: the pages’ work is for other people, so one sentence says the housing or the training given to others, another the interns with nothing asked of them. Not a count or other typed value, which its scope rules judge.',
    test: (f) => f.ownPeopleApart,
  },
  {
    id: 'asked-apart',
    verdict: 'refuse',
    why: 'It asks what its focus is of something else it names (the support given to seasonal workers), and one passage quoted says the focus (support, of another thing) while another says the rest (seasonal work, in a definition): none says the two together, so neither is about what was asked.',
    test: (f) => f.askedApart,
  },
  {
    id: 'covered',
    verdict: 'answer',
    why: 'The corpus knows most of its words, the best passage scores well and a sentence covers it, and the chosen sentences say a good share of the words it knows (not one word of them, by a translation in another sense).',
    test: (f) => scoresWell(f, MAX_UNKNOWN_SHARE) && f.knownSaidHeaded >= MIN_KNOWN_SAID_COVERED,
  },
  {
    id: 'covered-known-focus',
    verdict: 'answer',
    why: 'More of its words are unknown, but the corpus knows its focus, the chosen sentences say it and most of the words it knows: the unknown ones are then verbs or paraphrase. Not when an unknown word is what a known one is of ("la recette du tiramisu"): the known word then names something else in the corpus.',
    test: (f) =>
      f.focusKnown && !f.complementUnknown && f.knownSaid >= MIN_KNOWN_SAID_MANY_UNKNOWN && scoresWell(f, MAX_UNKNOWN_SHARE_KNOWN_FOCUS),
  },
  {
    id: 'covered-unknown-verbs',
    verdict: 'answer',
    why: 'A how or why question (no focus to know) with more of its words unknown, but all of them verbs (what is done, which a page says in its own words), and the chosen sentences say most of the words the corpus knows: what it is about.',
    test: (f) => f.onlyActionsUnknown && f.knownSaid >= MIN_KNOWN_SAID_MANY_UNKNOWN && scoresWell(f, MAX_UNKNOWN_SHARE_KNOWN_FOCUS),
  },
  {
    id: 'covered-asked-kind',
    verdict: 'answer',
    why: 'Its only unknown word beyond the tolerated share is the noun a "which"/"quels" asks the kind of ("Avec quels acteurs…"): a page names the instances (les gouvernements), not the kind, and the chosen sentences say most of the words the corpus knows.',
    test: (f) =>
      f.unknownShareBesideKind < f.unknownShare &&
      f.knownSaid >= MIN_KNOWN_SAID_MANY_UNKNOWN &&
      f.topScore >= MIN_TOP_SCORE &&
      f.unknownShareBesideKind < MAX_UNKNOWN_SHARE &&
      f.bestCoverage >= MIN_SENTENCE_COVERAGE,
  },
  {
    id: 'typed-answer',
    verdict: 'answer',
    why: 'It asks for a number, a year, a name or a definition, and the best sentence holds one together with every word of the question the corpus knows (one synonym tolerated).',
    test: (f) => f.typedAnswer,
  },
]);

export function decideGrounding(facts: GroundingFacts, rules: readonly GroundingRule[] = GROUNDING_RULES): GroundingDecision {
  const rule = rules.find((r) => r.test(facts));
  return rule ? { grounded: rule.verdict === 'answer', rule: rule.id } : { grounded: false, rule: NOT_COVERED };
}
