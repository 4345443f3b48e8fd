// Two question forms whose words are grammar of the question, not topic of the corpus, in the two
// languages the assistant speaks. A purpose question ("What is IOM's mission?", "Quel est le rôle
// de l'OIM ?", "À quoi sert l'OIM ?") asks what its subject does: the purpose noun is a word a page
// need not write (an about page says what the organisation does, seldom "our mission"), so it is
// left out of the weighted terms — weighed, its absence made the grounding gate refuse, or another
// page's "chef de mission" rank first. The embedder still reads it, so a page that does say it is
// still preferred, never required. A leader question ("Who leads IOM?", "Qui dirige l'OIM ?") asks
// for the line naming its subject's head: its verb is the form (a page writes "Directrice
// générale", not "dirige"), while role nouns ("directeur général", "chef") stay topic words, since
// pages write them literally. "Objectifs", "objectives", "goals", "aims", "but" are not purpose
// nouns: pages write them, so they stay topic words; a purpose question that writes none of them
// stands for them (STAND_INS below), as a leader question stands for role nouns.
// Hand-written: no maintained package lists question forms of French and English.
import { foldAccents, isStopWord, stemIn } from '../text/analyzer.js';
import { REQUEST_VERBS } from '../text/language.js';
import type { WordGroup } from './terms.js';
import { CONTACT_FORMS, type Medium, mediumAsked } from './contactForms.js';
import {
  AGE_NOUN_FORM,
  BODY_KIND_FORMS,
  EXPANSION_FORMS,
  FORMER_NAME_FORMS,
  MEANING_FORMS,
  NAME_FORMS,
  RESPONSIBLE_FORM,
  SIZE_FORM,
  SPEED_FORM,
} from './formWords.js';

/**
 * Patterns on the question as typed (accents both ways: visitors type without them; "whats", "whos"
 * without the apostrophe too, as they type on a phone). Odd groups
 * are kept as they are, even ones are the form's words blanked from the weighted terms (group 1 the
 * lead, group 2 the form's words, and so on; empty: none).
 * Lookarounds on \p{L}: \b does not know accented letters.
 */
/**
 * "Aim(s)" and "but(s)" are left out with "objectives" and "goals": pages write them ("Pour atteindre
 * ce but"), and weighed they translate into the objectives a page lists (the seed's "What are the aims
 * of the International Organization for Migration?" quotes its objectives only while "aims" is a topic).
 */
const PURPOSE_NOUN = "(?:missions?|r[oô]les?|mandats?|mandates?|purposes?|vocations?|raison d['’][eê]tre|finalit[eé]s?)";
const PURPOSE_FORMS: readonly RegExp[] = [
  // what is X's mission / what is the role of X / what is its purpose / what is X mission (typed
  // without the possessive, as visitors do; not after an article or another determiner: "the X
  // mission" is one of X's missions, a country office, "a mission" asks what a mission is, and "your
  // role" asks about the assistant)
  new RegExp(
    `(?<![\\p{L}])(what(?:\\s+is|\\s+are|['’]?s)\\s+(?:(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}\\p{N}-]+['’]s?\\s+)?|(?!(?:an?|the|this|that|your|my|our|his|her|its|their)\\s)[\\p{L}\\p{N}-]+\\s+))(${PURPOSE_NOUN})(?![\\p{L}])`,
    'iu',
  ),
  // quelle est la mission de X / quel est son rôle / c'est quoi le mandat de X
  new RegExp(
    `(?<![\\p{L}])((?:quel(?:le)?s?\\s+(?:est|sont)|c['’]est\\s+quoi)\\s+(?:la\\s+|le\\s+|les\\s+|l['’]|sa\\s+|son\\s+|ses\\s+|leurs?\\s+)?)(${PURPOSE_NOUN})(?![\\p{L}])`,
    'iu',
  ),
  // à quoi sert X: the verb only asks what X is for
  /(?<![\p{L}])()([aà] quoi serv?(?:t|ent))(?![\p{L}])/iu,
  // what is X for?
  /^(\s*what(?:\s+is|\s+are|['’]?s)\s+.+\s+for)()\s*\?*\s*$/iu,
];

// who is the head / director (general) / chief / president / secretary-general of X: the role is topic
const ROLE_HOLDER_EN =
  /(?<![\p{L}])(who(?:\s+is|\s+was|['’]?s)\s+(?:the\s+)?(?:[\p{L}\p{N}-]+['’]s?\s+)?)()(?=(?:head|leader|director(?:[- ]general)?|chief|chair(?:man|woman|person)?|president|secretary[- ]general)(?![\p{L}]))/iu;
// qui est le directeur / la directrice (générale) / le président / le chef de X: the role is topic
const ROLE_HOLDER_FR =
  /(?<![\p{L}])(qui\s+(?:est|[eé]tait)\s+(?:le|la|l['’])\s*)()(?=(?:directeur|directrice|dirigeant|dirigeante|pr[eé]sident|pr[eé]sidente|secr[eé]taire\s+g[eé]n[eé]ral|chef|cheffe)(?![\p{L}]))/iu;

const LEADER_FORMS: readonly RegExp[] = [
  // who leads / heads / directs / chairs X
  /(?<![\p{L}])(who\s+)(leads|heads|directs|chairs)(?![\p{L}])/iu,
  // who runs X, X an organisation's acronym and nothing after it ("Who runs IOM?"): its head. Of an
  // office, a portal or a site ("Who runs the data portal?") "runs" is to manage, read as that
  // (frameSenses.ts): a managing body answers it, no head's role.
  // Case-sensitive, so that the acronym is one (capitals); the verb as typed, or in capitals too.
  /(?<![\p{L}])((?:who|Who|WHO)\s+)(runs|ran|RUNS|RAN)(?=\s+(?:the\s+)?\p{Lu}{2,6}\s*\?*\s*$)/u,
  // who is the head / leader of X: a page names the role itself ("Director General"), seldom "head"
  /(?<![\p{L}])(who(?:\s+is|\s+was|['’]?s)\s+(?:the\s+)?(?:[\p{L}\p{N}-]+['’]s?\s+)?)(head|leader)(?=\s+of(?![\p{L}]))/iu,
  ROLE_HOLDER_EN,
  // qui dirige / préside / est à la tête de X
  /(?<![\p{L}])(qui\s+)(dirigent|dirige|pr[eé]sident|pr[eé]side|est [aà] la t[eê]te|[eé]tait [aà] la t[eê]te)(?![\p{L}])/iu,
  ROLE_HOLDER_FR,
];

/**
 * Origin questions ("De quel pays X est-elle originaire ?", "D'où vient X ?", "Quelle est la
 * nationalité de X ?", "Where is X from?", "What is X's nationality?"): the answer is a line stating
 * where a person comes from ("A national of Canada", "née au Chili"), which seldom writes the
 * question's "originaire" or "nationalité", nor the kind of place asked ("de quel pays"): those are the form's words.
 */
const ORIGIN_FORMS: readonly RegExp[] = [
  // de quel pays / de quelle région … est-elle originaire: the kind of place too is the form's (the answer names the place)
  /(?<![\p{L}])(de\s+)(quel(?:le)?s?\s+(?:pays|r[eé]gions?|villes?))((?![\p{L}]).*?)(originaires?|vien(?:t|nent))(?![\p{L}])/iu,
  // d'où vient X / d'où est-il originaire
  /(?<![\p{L}])(d['’]\s*o[uù]\s+)(vien(?:t|nent)|est(?:-(?:il|elle))?\s+originaire|sont(?:-(?:ils|elles))?\s+originaires)(?![\p{L}])/iu,
  // quelle est la nationalité de X / de quelle nationalité est X / what is X's nationality / what nationality is X
  /(?<![\p{L}])((?:quelle\s+est\s+(?:la\s+|sa\s+)|de\s+quelle\s+|what(?:\s+is|['’]?s)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:(?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+['’]s?\s+)?|what\s+|which\s+))(nationalit(?:[eé]|y|ies))(?![\p{L}])/iu,
  // where is / does X (come) from; what / which country is X from
  /^(\s*(?:where|(?:what|which)\s+country)\s+(?:is|are|was|were|does|do|did)\s+.+?\s+)((?:comes?\s+)?from)(?=\s*\?*\s*$)/iu,
];

/**
 * A request's opening verb ("List IOM's objectives", "Donnez-moi les objectifs de l'OIM", "please
 * summarise…"), with the "me"/"moi" it is said to: it asks for no topic, and weighed as one it was
 * unknown to the corpus and the request refused (the seed: "citez les objectifs de l'oim", "list iom
 * objectives"). At the start only: inside a sentence the same word may be its topic ("the list of
 * offices", "the show").
 */
const REQUEST_FORM = new RegExp(
  `^(\\s*(?:please\\s+|s['’]il\\s+vous\\s+pla[iî]t,?\\s+)?)((?:${[...REQUEST_VERBS.en, ...REQUEST_VERBS.fr].join('|')})(?:\\s+me|[\\s-]+moi)?)(?![\\p{L}])`,
  'iu',
);

/**
 * "Le nombre de X", "the number of X", "quel pourcentage de X", "what share of X": a count asked in
 * a noun (questionType.ts reads it as a count). Weighed, "nombre" was an unknown word of most of the
 * question's weight, and "Quel est le nombre d'États membres de l'OIM ?" was refused where
 * "Combien d'États membres…" is answered. A share the same: pages write "38 %", never the noun, and
 * "Quel pourcentage de l'appel a été financé ?" was refused on the multidoc fixture (pourcentage
 * unknown, its focus). English "part" is left out ("what part of the world"), French "part" kept
 * ("quelle part des dons").
 */
const COUNT_NOUN_FORM =
  /(?<![\p{L}])(?:((?:le|la|quel|quelle)\s+)(nombre|pourcentage|proportion|part)|((?:the|what|which)\s+)(number|percentage|percent|proportion|share))(?=\s+(?:de\s|d['’]|des\s|du\s|of\s))/iu;

/** Every form whose words withoutFormWords blanks, in that order. */
const FORMS: readonly RegExp[] = [
  ...PURPOSE_FORMS,
  ...LEADER_FORMS,
  ...ORIGIN_FORMS,
  REQUEST_FORM,
  COUNT_NOUN_FORM,
  SIZE_FORM,
  AGE_NOUN_FORM,
  // Before the expansions: "que signifie le terme X" would lose its verb to theirs, and keep "terme".
  ...MEANING_FORMS,
  ...EXPANSION_FORMS,
  ...BODY_KIND_FORMS,
  SPEED_FORM,
  RESPONSIBLE_FORM,
  ...NAME_FORMS,
  ...CONTACT_FORMS,
];
const LEADER_AT = PURPOSE_FORMS.length;
const ORIGIN_AT = LEADER_AT + LEADER_FORMS.length;
const REQUEST_AT = ORIGIN_AT + ORIGIN_FORMS.length;
const MEANING_AT = FORMS.indexOf(MEANING_FORMS[0]);
const NAME_AT = FORMS.indexOf(NAME_FORMS[0]);
const FORMER_NAME_AT = FORMS.indexOf(FORMER_NAME_FORMS[0]);
const CONTACT_AT = FORMS.indexOf(CONTACT_FORMS[0]);
const SIZE_AT = FORMS.indexOf(SIZE_FORM);

/**
 * Which of the forms (FORMS) one text has, each form's pattern tested on first need and only once:
 * reading a question asked the same patterns of the same text up to three times (its kind of
 * answer, its stand-ins, the blanking of its form words), some thirty tests of lookbehind Unicode
 * patterns where thirteen say it all. FORMS are neither global nor sticky, so a test keeps no state
 * and its answer is the same the second time.
 */
export class QuestionForms {
  private readonly found: Array<boolean | undefined> = new Array(FORMS.length);

  constructor(readonly text: string) {}

  /** Does the text have form k of FORMS? */
  has(k: number): boolean {
    let found = this.found[k];
    if (found === undefined) {
      found = FORMS[k].test(this.text);
      this.found[k] = found;
    }
    return found;
  }

  /** Does it have one of FORMS from..to (exclusive), tried in order as `some` would? */
  private any(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.has(k)) return true;
    return false;
  }

  /** Does it ask what its subject is for (its mission, role, mandate, purpose)? */
  get purpose(): boolean {
    return this.any(0, LEADER_AT);
  }

  /** Does it ask who leads its subject? */
  get leader(): boolean {
    return this.any(LEADER_AT, ORIGIN_AT);
  }

  /** Does it ask where a person comes from (see ORIGIN_FORMS)? */
  get origin(): boolean {
    return this.any(ORIGIN_AT, REQUEST_AT);
  }

  /** Does it ask a term's meaning in other words than "what is" (see formWords.ts MEANING_FORMS)? */
  get meaning(): boolean {
    return this.any(MEANING_AT, MEANING_AT + MEANING_FORMS.length);
  }

  /** Does it ask a name of a time in other words than "what is the name" (see formWords.ts NAME_FORMS)? */
  get name(): boolean {
    return this.any(NAME_AT, NAME_AT + NAME_FORMS.length);
  }

  /** Does it ask a name its subject had before its present one (see formWords.ts FORMER_NAME_FORMS)? */
  get formerName(): boolean {
    return this.any(FORMER_NAME_AT, FORMER_NAME_AT + FORMER_NAME_FORMS.length);
  }

  /** Does it ask a count as a size ("how big", "quel est l'effectif": see formWords.ts SIZE_FORM)? */
  get size(): boolean {
    return this.has(SIZE_AT);
  }

  /** Does it ask for a telephone number or an e-mail address (see contactForms.ts)? */
  get contact(): boolean {
    return this.any(CONTACT_AT, CONTACT_AT + CONTACT_FORMS.length);
  }
}

/** Does the question ask what its subject is for (its mission, role, mandate, purpose)? */
export function asksPurpose(question: string): boolean {
  return new QuestionForms(question).purpose;
}

/** Does the question ask who leads its subject? */
export function asksLeader(question: string): boolean {
  return new QuestionForms(question).leader;
}

/** Words for any head, which a page seldom writes as its role ("Director General" answers "Who is the head of X?"). */
const ANY_HEAD = /^(?:head|leader|dirigeante?)(?![\p{L}])/iu;

/**
 * Does the question name the role a page writes and ask who holds it ("Who is the Director
 * General?", "Qui est le chef de cabinet ?"), rather than who heads X? Its answer is a person: a
 * line that names only the role the question gives says nothing it did not.
 */
export function asksRoleHolder(question: string): boolean {
  const found = ROLE_HOLDER_EN.exec(question) ?? ROLE_HOLDER_FR.exec(question);
  return found !== null && !ANY_HEAD.test(question.slice(found.index + found[0].length));
}

/** Does the question ask where a person comes from (see ORIGIN_FORMS)? */
export function asksOrigin(question: string): boolean {
  return new QuestionForms(question).origin;
}

/**
 * The question with the words of its purpose, leader, origin, request, count-noun, age-noun, expansion, body-kind, speed, responsibility, meaning, name or contact form blanked: they are not topic (see
 * the notes above). `forms`: the question's forms when the caller has read them (of this very text).
 */
export function withoutFormWords(question: string, forms?: QuestionForms): string {
  const known = forms?.text === question ? forms : new QuestionForms(question);
  let text = question;
  for (let k = 0; k < FORMS.length; k++) {
    const form = FORMS[k];
    // Most questions have none of the forms: a test (FORMS are neither global nor sticky, so it
    // keeps no state) is cheaper than a replace with a function, which paid its set-up per form.
    // Until a form is blanked the text is the question, whose forms are read once (QuestionForms).
    if (!(text === question ? known.has(k) : form.test(text))) continue;
    text = text.replace(form, (...match: unknown[]) =>
      // replace() passes the match, its groups, then the offset and the whole text.
      (match.slice(1, -2) as Array<string | undefined>).map((g = '', k) => (k % 2 ? ' '.repeat(g.length) : `${g} `)).join(''),
    );
  }
  return text;
}

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

/**
 * Words that make a head's role the head of a part of the organisation rather than of the whole,
 * each with why. A leader question writing none of them (nor a place) asks for the whole
 * organisation's head: "Who leads IOM?" is not answered by a country mission's chief, a regional
 * director or a deputy, though their lines name a role and a person just as well (multidoc
 * fixture: a country page's "la mission est dirigée par …" ranked first, the head's release 5th).
 * A question that writes one asks for that part's head, and every role line counts as before.
 * Matched on words without accents.
 */
export const PART_OF_ORGANISATION: ReadonlyArray<{ readonly words: readonly string[]; readonly why: string }> = [
  {
    words: ['mission', 'missions', 'mision', 'misiones'],
    why: 'a country office is a mission: "chef de mission", "chief of mission", "la mission est dirigée par"; "misión" on a country page kept in Spanish ("X dirige la misión de la OIM en Colombia")',
  },
  {
    words: ['bureau', 'bureaux', 'office', 'offices'],
    why: 'the head of an office ("directeur du bureau", "head of the Dakar office") leads one office',
  },
  {
    words: ['regional', 'regionale', 'regionaux', 'region', 'regions'],
    why: 'a regional director leads a region: "Directrice régionale de l’OIM pour l’Afrique"',
  },
  {
    words: ['adjoint', 'adjointe', 'adjoints', 'adjointes', 'deputy', 'assistant', 'assistante'],
    why: 'a deputy seconds the head: "Deputy Director General", "directeur général adjoint"',
  },
  { words: ['pays', 'country', 'national', 'nationale'], why: 'a country or national director leads the organisation in one country' },
  {
    words: [
      'departement',
      'department',
      'division',
      'unite',
      'unit',
      'service',
      'section',
      'equipe',
      'team',
      'cabinet',
      'programme',
      'program',
      'projet',
      'project',
    ],
    why: 'the head of a department, unit, team, cabinet, programme or project leads that part: "chef de cabinet", "head of the research team"',
  },
];

const PART_WORDS: ReadonlySet<string> = new Set(PART_OF_ORGANISATION.flatMap((p) => p.words));

/** Is this word (lower case, without accents) one naming a part of an organisation (see PART_OF_ORGANISATION)? */
export function isPartWord(word: string): boolean {
  return PART_WORDS.has(word);
}

/** A preposition of place before a word that is no stop word ("in colombia", "au Sénégal"): the question names where. */
const PLACE_ASKED = /(?<![\p{L}])(?:in|at|en|au|aux)\s+(\p{L}{3,})/giu;

/**
 * Does a leader question ask for the head of a part of its subject: it writes a part word
 * (PART_OF_ORGANISATION) or a place ("Who leads IOM in Colombia?")? Otherwise it asks for the
 * whole organisation's head. Read without accents.
 */
export function asksPartHead(question: string): boolean {
  const bare = foldAccents(question.toLowerCase());
  if (bare.split(/[^\p{L}]+/u).some(isPartWord)) return true;
  return [...bare.matchAll(PLACE_ASKED)].some((m) => !isStopWord(m[1], 'en') && !isStopWord(m[1], 'fr'));
}
