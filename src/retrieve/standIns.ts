// The words a question form stands for when the question writes none of them: "Qui dirige X ?" →
// directeur, directrice…; "What is X's mission?" → its objectives, priorities, what it promotes; a
// contact asked → its medium's labels. Read as one word group, so retrieval finds the line that
// answers the form.
import { stemIn } from '../text/analyzer.js';
import { type Medium, mediumAsked } from './contactForms.js';
import { QuestionForms, withoutFormWords } from './questionForms.js';
import type { WordGroup } from './terms.js';

/**
 * The words a question form stands for when the question does not write one of them itself: read as
 * one word group, so retrieval finds the line that answers the form. A required group is one of the
 * question's groups (grounding refuses a corpus that says none of its words); an optional one only
 * ranks (QuestionReading.hints): a page may answer without writing it. Single words, each stemmed in
 * its own language. Data, each with its reason and pairs in test/chat/questionForms.test.ts.
 */
export interface StandIn {
  id: string;
  why: string;
  /** Does the question (its forms, read once) have this form? */
  asks: (forms: QuestionForms) => boolean;
  /** The words it stands for, by language. */
  words: Readonly<Record<'fr' | 'en', readonly string[]>>;
  /** Must an answer say one of them (see above)? */
  required: boolean;
}

/**
 * A contact asked (contactForms.ts) is given by a line that labels its medium or the act of reaching
 * ("tél. :", "courriel :", "joindre … au +41 …", "écrivez à …"): with the medium's words blanked, a
 * page about X that gives no contact covered the question, and a line giving another medium than
 * the one asked answered it (an unanswerable fax number was answered by a telephone line). Required,
 * by the medium the question names; all of them for one that names none ("how do I contact X").
 */
const CONTACT_WORDS: Readonly<Record<Medium, StandIn['words']>> = {
  fax: { fr: ['fax', 'télécopie'], en: ['fax'] },
  phone: { fr: ['tél', 'téléphone', 'joindre', 'appeler', 'standard'], en: ['tel', 'phone', 'telephone', 'call', 'reach'] },
  mail: {
    fr: ['courriel', 'adresse', 'écrire', 'écrivez', 'écrivant', 'joindre'],
    en: ['email', 'address', 'write', 'writing', 'reach'],
  },
};
const anyMedium = (language: 'fr' | 'en') => [...new Set([...Object.values(CONTACT_WORDS).flatMap((w) => w[language]), 'contact'])];
const CONTACT_STAND_INS: readonly StandIn[] = [
  ...(['fax', 'phone', 'mail'] as const).map((medium) => ({
    id: `contact-${medium}`,
    why: `A contact asked by ${medium} is given by a line naming that medium or the act of reaching by it: see CONTACT_WORDS.`,
    asks: (forms: QuestionForms) => forms.contact && mediumAsked(forms.text) === medium,
    required: true,
    words: CONTACT_WORDS[medium],
  })),
  {
    id: 'contact-any',
    why: 'A contact asked in no medium ("How do I get in touch with X?"): a line labelling any medium, or saying "contact", gives one.',
    asks: (forms) => forms.contact && mediumAsked(forms.text) === null,
    required: true,
    words: { fr: anyMedium('fr'), en: anyMedium('en') },
  },
];

export const STAND_INS: readonly StandIn[] = [
  {
    id: 'leader-role',
    why: '"Qui dirige X ?" asks for X\'s directeur, directrice, président, chef: a structure list\'s "Directrice générale" ranked last of the seed\'s six passages without it. "Secrétaire général" would bring any "secrétaire"; "head" would find "headquarters".',
    asks: (forms) => forms.leader,
    required: true,
    words: {
      fr: ['directeur', 'directrice', 'président', 'présidente', 'chef', 'cheffe', 'dirigeant', 'dirigeante'],
      en: ['director', 'president', 'chief', 'chair', 'chairperson'],
    },
  },
  {
    id: 'purpose-aims',
    why: 'A purpose question ("Quelle est la mission de X ?") is answered by the section that lists what X aims at, which a page introduces as its objectives, priorities or goals, seldom as its "mission" (multidoc: an about page\'s "trois priorités" section lost to its definition and to a country office\'s "chef de mission"). Mission, rôle and mandat are not among them: pages write them for other things (a country office, "jouer un rôle", a term of office). It stands for what X promotes too ("s\'emploie à promouvoir des migrations ordonnées"), the line an about page states its purpose in: without it the seed\'s "What is IOM\'s mission?" quoted the objectives only. In one group with the aims, not a second hint: two hints outweighed the question\'s own words, and a constitution page saying neither "OIM" nor IOM ranked first (multidoc x02 refused).',
    asks: (forms) => forms.purpose,
    // A page that says what X does without listing aims still answers (the seed's description did, refused before).
    required: false,
    words: {
      fr: ['objectif', 'objectifs', 'priorité', 'priorités', 'but', 'buts', 'promouvoir', 'promeut', 'promouvant'],
      en: ['objective', 'objectives', 'priority', 'priorities', 'goal', 'goals', 'aim', 'aims', 'promote', 'promotes', 'promoting'],
    },
  },
  ...CONTACT_STAND_INS,
];

/** The words a question writes once its form's words are blanked, lower-cased (see writesOneOf). */
function wordsBesideForms(question: string, forms: QuestionForms): Set<string> {
  return new Set(
    withoutFormWords(question, forms)
      .toLowerCase()
      .split(/[^\p{L}]+/u),
  );
}

/** Does the question, once its form's words are blanked, write one of these words itself ("qui est la directrice…")? */
function writesOneOf(written: ReadonlySet<string>, words: StandIn['words']): boolean {
  return Object.values(words).some((list) => list.some((w) => written.has(w)));
}

/** A stand-in's distinct stems, each word in its own language: the same for every question, so stemmed once per stand-in. */
const standInStems = new Map<StandIn, readonly string[]>();

function stemsOf(s: StandIn): readonly string[] {
  let stems = standInStems.get(s);
  if (!stems) {
    stems = [...new Set((['fr', 'en'] as const).flatMap((l) => s.words[l].map((w) => stemIn(w, l))))];
    standInStems.set(s, stems);
  }
  return stems;
}

/** The word groups the question's forms stand for (see STAND_INS), those it writes itself aside: required, then optional. */
export function standInGroups(
  question: string,
  forms: QuestionForms = new QuestionForms(question),
): { required: WordGroup[]; optional: WordGroup[] } {
  const out = { required: [] as WordGroup[], optional: [] as WordGroup[] };
  // Blanked once for every form the question has (each blanking tries all the forms' patterns).
  let written: Set<string> | undefined;
  for (const s of STAND_INS) {
    if (!s.asks(forms)) continue;
    written ??= wordsBesideForms(question, forms);
    if (writesOneOf(written, s.words)) continue;
    // A copy per group: a group's stems are its own (they go on into the question's TermGroups).
    (s.required ? out.required : out.optional).push({ word: s.words.fr[0], stems: [...stemsOf(s)] });
  }
  return out;
}

/** The head's role as one word group, for a leader question that names no role itself; null otherwise. */
export function leaderRoleGroup(question: string): WordGroup | null {
  return standInGroups(question).required.find((g) => g.word === STAND_INS[0].words.fr[0]) ?? null;
}
