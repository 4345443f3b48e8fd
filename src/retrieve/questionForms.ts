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
// stands for them (standIns.ts), as a leader question stands for role nouns.
// Hand-written: no maintained package lists question forms of French and English.
import { REQUEST_VERBS } from '../text/language.js';
import { CONTACT_FORMS } from './contactForms.js';
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
