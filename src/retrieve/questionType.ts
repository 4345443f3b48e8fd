// What kind of answer a question asks for: a number, a duration, a frequency, a place, a year, a
// name, a definition, or anything.
// These are question forms of the two languages the assistant speaks, not topics of the corpus.
import { memoByText } from '../lib/memo.js';
import { foldAccents } from '../text/analyzer.js';
import { givesContact, TELEPHONE } from './contactForms.js';
import { PLACE_KIND } from './formWords.js';
import { QuestionForms } from './questionForms.js';

export type Expected =
  | 'count'
  | 'duration'
  | 'frequency'
  | 'place'
  | 'origin'
  | 'year'
  | 'leader'
  | 'name'
  | 'definition'
  | 'contact'
  | 'any';

// Matched against the question without accents, since visitors often type without them.
/** A share asked for ("quel pourcentage de", "what share of": see COUNT_NOUN_FORM in questionForms.ts): a count, written as a percentage. */
const SHARE =
  /\b(?:(?:pourcentage|proportion|percentage|percent)\s+(?:de|d['’]|des|du|of)\b|(?:quelle|la)\s+part\s+(?:de|d['’]|des|du)\b|(?:what|the)\s+share\s+of\b)/i;
/**
 * An amount of money asked ("Quel est le montant de l'allocation ?", "combien coûte…", "what is the
 * budget of…"): a count, whose figure is in a currency (countedThing.ts). Read as no value asked, it
 * was answered by "Les stagiaires reçoivent une allocation mensuelle…", which names no amount.
 * "Combien" with a verb of paying a few words on and no "de" after it ("Combien un État doit-il
 * payer… ?") asks how much is paid, not how many: read as a count of States, it was answered with
 * the number of Member States. "Combien de migrants paient…" still counts migrants. A verb of asking
 * for money the same ("Combien l'OIM a-t-elle demandé pour…": an appeal's amount, not the 48 000
 * people its release says were aided).
 */
const AMOUNT =
  /\b(?:quel(?:le)?\s+(?:est|etait|sera)\s+(?:le|la|l['’])\s*(?:montant|cout|prix|budget)|what\s+(?:is|was|will\s+be)\s+the\s+(?:amount|cost|price|budget)|combien\s+(?:coute|coutent|a\s+coute|ont\s+coute)|combien\s+(?!de\b|d['’])(?:[\w-]+['’\s]+){0,4}?(?:payer|paye|payent|paie|paient|verser|verse|versent|depenser|depense|depensent|demander|demande|demandee|demandait|demandent|solliciter|sollicite)|how\s+much\s+(?:money|does|do|did|is|was|will))\b/i;
const COUNT = new RegExp(
  `\\b(?:(?:combien|nombre de|how many|how much|number of|quantite)\\b|nombre d['’])|${SHARE.source}|${AMOUNT.source}`,
  'i',
);

/** Does the question (without accents) ask for an amount of money (see AMOUNT)? */
export function asksAmount(bare: string): boolean {
  return AMOUNT.test(bare);
}

/** Does the question (without accents) ask for a share (see SHARE)? */
export function asksShare(bare: string): boolean {
  return SHARE.test(bare);
}

/**
 * "How long has X existed / been around / had…" asks since when, as "depuis combien de temps" does:
 * the perfect's start is a year ("créée en 1951", "depuis 1951"), a page seldom writes the span
 * itself. "How long does/is/will…" still asks for a duration (DURATION). "How old is X", "quel âge
 * a X" ask the same of a body: its founding year answers (of a person, a page's lines about her
 * then hold no year, and value-missing refuses).
 */
const YEAR =
  /\b(quand|quelle annee|depuis quand|depuis combien|when|what year|which year|since when|date|how long (?:has|have|had)|how old|quel age)\b/i;
/**
 * A question opening on another interrogative than "when" ("What was X called…", "How many…",
 * "Qui dirigeait…", "Où…"), read without accents: a "when" after it opens a time clause.
 */
const OTHER_INTERROGATIVE_FIRST =
  /^\s*(?:what|which|who|whom|whose|how|where|why|que|qu['’]|quel(?:le)?s?|qui|combien|comment|ou|pourquoi)\b/i;
/** A time clause: "when/while/quand/lorsque" and the rest of the question. */
const TIME_CLAUSE = /\s(?:when|while|quand|lorsque|lorsqu['’])(?![\p{L}]).*$/iu;

/**
 * The clause a question asks in, without a time clause after its own interrogative: "What was X
 * called when it was created?" asks a name at a time, "How many members did X have when it was
 * founded?" a count, "Où était le siège quand…" a place; their "when" is a conjunction, not the
 * year asked (multidoc: "What was IOM called when it was created?" was read as a year question and
 * quoted lines about years). A question opening on "when", "since when" or "tell me when" keeps it.
 */
function askedClause(bare: string): string {
  return OTHER_INTERROGATIVE_FIRST.test(bare) ? bare.replace(TIME_CLAUSE, '') : bare;
}

/**
 * "When is X considered / deemed / regarded Y?", "Quand X est-il considéré comme Y ?": in the present,
 * a judgement asks the condition under which it holds ("… est considérée comme durable lorsque …"),
 * not a date. Read as a year question, the fixture's "When is reintegration considered sustainable?"
 * quoted a line for its year (1994) beside the condition, and refused once the condition's line alone
 * was found. A past ("When was X considered…") may still ask a date.
 */
const CONDITION_ASKED =
  /^\s*(?:when|quand)\b.*\b(?:is|are|est|sont)\b.*\b(?:considered|deemed|regarded|judged|consideree?s?|jugee?s?|estimee?s?)\b/i;

// How long something lasts ("combien de temps" was read as a count: any figure then passed for its answer).
// How quickly something is done asks for a span too ("within 30 days"): see SPEED_FORM in formWords.ts.
const DURATION =
  /\b(combien de temps|pendant combien|how long|quelle (?:est la )?duree|what is the duration|for how many (?:days|weeks|months|years)|how (?:quickly|fast|soon) (?:does|do|did|can|could|will|would)|dans quels? delais?)\b/i;
// How often it happens: a rate over time ("une fois par an", "every two years"), not a count.
const FREQUENCY = /\b(a quelle frequence|quelle frequence|tous les combien|how often|how frequently|at what frequency)\b/i;
// Where something is: a place's name is the answer (a "when and where" question asks for the year first).
const PLACE =
  /^\s*(?:ou|where)\b|\b(?:dans quel(?:le)? (?:pays|ville|region)|in which (?:country|city|region)|in what (?:country|city|region))\b/i;
/**
 * "Which region has the largest number of migrants?", "Quel pays compte le plus de bureaux ?": a
 * count's words after a kind of place asked (formWords.ts PLACE_KIND) rank places by it; the place
 * is the answer, not the number. Read as a count, "Europe hosts the largest number of international
 * migrants", which writes no figure, was refused (value-missing). Only with a count's words: without
 * them, the kind of place stays a topic word, and read as a place it promoted any line naming one
 * after a preposition ("au Niger") over the one naming the place as its subject ("Dakar accueille").
 */
const PLACE_RANKED = new RegExp(`^\\s*(?:which|what|quel(?:le)?s?) ${PLACE_KIND}\\b`, 'i');
/**
 * A place named after a preposition of place, in either language: "à Manille", "au Sénégal", "en
 * Colombie", "in Geneva", "based in Bogotá". A capitalised word after it: a place's name, or the
 * name of what is there (a preposition before a year or a common noun does not count).
 */
const PLACE_NAMED = /(?:^|[\s,(])(?:a|au|aux|en|in|at|near|pres de)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?\p{Lu}\p{Ll}/u;

/** Does a text name a place after a preposition of place (see PLACE_NAMED)? */
export function namesPlace(text: string): boolean {
  return PLACE_NAMED.test(foldAccents(text));
}

/**
 * Where a person comes from, stated, read without accents: "a national of Canada", "citizen of",
 * "born in Lima", "originaire du Chili", "née au Canada", "ressortissante de", "de nationalité
 * chilienne" — a place's name after the phrase (a nationality adjective after "de nationalité");
 * the phrase may open a sentence, the place's capital is what tells it from "born in the spring".
 */
const ORIGIN_STATED =
  /\b(?:(?:(?:[Nn]ational|[Cc]itizen|[Nn]ative)\s+of|[Bb]orn\s+in|(?:[Cc]omes|[Cc]ame|[Hh]ails)\s+from|[Oo]riginally\s+from|[Oo]riginaires?\s+d(?:e|u|es|['’])|[Nn]ee?s?\s+(?:a|au|aux|en)|[Rr]essortissante?s?\s+d(?:e|u|es|['’])|[Cc]itoyenne?s?\s+d(?:e|u|es|['’]))\s*(?:l['’]|la\s+|le\s+|les\s+|the\s+)?\p{Lu}|[Dd]e\s+nationalite\s+\p{L}{4,})/u;

/** Does a text state where a person comes from (see ORIGIN_STATED)? */
export function statesOrigin(text: string): boolean {
  return ORIGIN_STATED.test(foldAccents(text));
}

/** Words for a span of time, both languages, singular and plural: what a duration counts. */
const TIME_UNITS = 'heures?|jours?|semaines?|mois|ans|annees?|hours?|days?|weeks?|months?|years?';
export const TIME_UNIT = new RegExp(`^(?:${TIME_UNITS})$`);
/** A figure, in digits or words, before a unit of time ("six mois", "3 years"): a duration stated. */
const DURATION_STATED = new RegExp(
  `\\b(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|one|two|three|four|five|seven|eight|nine|ten|twelve)\\s+(?:${TIME_UNITS})\\b`,
  'i',
);
/**
 * A rate over time in either language: "une fois par an", "chaque année", "tous les deux ans",
 * "annuellement", "twice a year", "every year", "annually", "per month". Read without accents.
 */
const RATE =
  /\b(?:par (?:an|annee|mois|semaine|jour)|chaque (?:annee|mois|semaine|jour)|tous les (?:ans|mois|jours|\S+ (?:ans|mois|semaines))|toutes les (?:semaines|\S+ semaines)|annuel(?:le)?(?:ment)?|mensuel(?:le)?(?:ment)?|hebdomadaire(?:ment)?|quotidien(?:ne)?(?:ment)?|(?:once|twice|\S+ times) (?:a|per) (?:year|month|week|day)|(?:every|each) (?:year|month|week|day|\S+ (?:years|months|weeks))|per (?:year|month|week|day)|annually|yearly|monthly|weekly|daily)\b/i;

/** Does a text state a rate over time (see RATE)? */
export function statesRate(text: string): boolean {
  return RATE.test(foldAccents(text));
}

// "Who is the…" asks for a person ("who is IOM", without an article, for a definition).
const NAME =
  /\b(who is the|qui est le|qui est la|what is the name|what['’]?s the name|name of|called|named|quel est le nom|quel est son nom|(?<!au )nom d[eu]|(?<!au )nom des|comment s['’]appelle|comment se nomme|s['’]appelle|sous quel nom|(?:under )?(?:what|which) name|quel nom)\b/i;
const DEFINITION =
  /^\s*(what is|what['’]?s|what are|who is|who['’]?s|who are|qu['’]est[- ]ce que?|c['’]est quoi|qui est|qui sont|que signifie|what does \S+ stand for|what does (?:\S+\s+){0,3}\S+ mean(?=\s*\?*\s*$))\b/i;

/**
 * A sentence saying what its subject is by a defining verb, in its first words: "La traite consiste
 * à recruter…", "Trafficking in persons means…", "Le terme désigne…", "On entend par…". A page
 * defines a common term this way, not with a copula the way it introduces a name ("X est une
 * organisation"). Ten words: a subject of a few words, after a heading a raw capture glued to the
 * sentence ("Lutte contre la traite des êtres humainsLa traite consiste à…", multidoc fixture:
 * "Qu'est-ce que la traite ?" quoted a sentence naming a day against trafficking instead).
 */
const DEFINING_STATEMENT =
  /^\s*(?:(?:on\s+(?:entend|appelle)\s+par)|(?:\S+\s+){0,9}?(?:consistent|consiste|désignent|désigne|designent|designe|signifient|signifie|se\s+définit|se\s+definit|means|refers\s+to|refer\s+to|is\s+defined\s+as|are\s+defined\s+as))(?=[\s,;:]|$)/iu;

/** Does a sentence say what its subject is by a defining verb in its first words (see DEFINING_STATEMENT)? */
export function definesByVerb(text: string): boolean {
  return DEFINING_STATEMENT.test(text);
}

/** The words before the defining verb of a sentence that defines by one ("La traite" of "La traite consiste à…"), or null. */
export function definedSubject(text: string): string | null {
  const found = DEFINING_STATEMENT.exec(text);
  return found ? found[0].replace(/\S+(?:\s+(?:par|to|as|définit|definit))?\s*$/iu, '') : null;
}

/** "Organisation internationale pour les migrations (OIM)": the words before the brackets spell it out. */
const ACRONYM_SPELT_OUT = /\(\p{Lu}{2,6}\)/u;
/** Capitalised words in a row, its first word captured: a name (Nations Unies, a person's name). */
export const CAPITALISED_RUN = /(?<![\p{L}'’])(\p{Lu}\p{Ll}+)(?:[ -]\p{Lu}\p{Ll}+)+/u;
/** Every CAPITALISED_RUN of a text, for matchAll. */
export const CAPITALISED_RUNS = new RegExp(CAPITALISED_RUN.source, 'gu');

/** Does a text spell out an acronym in brackets (see ACRONYM_SPELT_OUT)? */
export function spellsOutAcronym(text: string): boolean {
  return ACRONYM_SPELT_OUT.test(text);
}

/** `bare`: the question without accents, when the caller has folded it already (readQuestion folds it once). */
export function expectedValue(question: string, bare = foldAccents(question), forms = new QuestionForms(question)): Expected {
  if (YEAR.test(askedClause(bare)) && !CONDITION_ASKED.test(bare)) return 'year';
  if (DURATION.test(bare)) return 'duration';
  if (FREQUENCY.test(bare)) return 'frequency';
  // "What is the phone number of X?" asks a contact, not a count ("number of"); "where to write" neither a place.
  if (forms.contact) return 'contact';
  // "Where is X from?" asks for an origin, not where X is.
  if (forms.origin) return 'origin';
  if (PLACE.test(bare)) return 'place';
  if (COUNT.test(bare)) return PLACE_RANKED.test(bare) ? 'place' : 'count';
  // "How big was its staff?", "Quel était l'effectif… ?": a count asked as a size (formWords.ts SIZE_FORM).
  if (forms.size) return 'count';
  if (forms.leader) return 'leader';
  if (NAME.test(bare) || forms.name) return 'name';
  // "What is X's mission?" asks what X does, not what X is (see questionForms.ts).
  if (forms.purpose) return 'any';
  if (DEFINITION.test(bare) || forms.meaning) return 'definition';
  return 'any';
}

/**
 * A line naming a head's role, read without accents: "directrice générale", "président", "secrétaire
 * général", "chef", "Director General", "head of", "chair", "dirigée par", "led by", and the active
 * voice with its object, in the present, "has led the mission", "heads the office", "dirige la
 * mission" (a country page says "X has led the IOM mission in Colombia since 2021": read as no
 * head's role, it lost "Qui est la cheffe de mission de l'OIM en Colombie ?" to another country's
 * "la mission est dirigée par", a role in the passive). An article must follow ("leads to", "se
 * dirige vers" are no head), and not a past ("who led IOM from 2018", "qui a dirigé l'OIM": a former
 * head; read as a role it put that line above the current head's for multidoc "Who leads IOM?").
 * "Chef de file" is French for a leading body, not a head.
 */
export const LEADER_ROLE =
  /\b(?:directeur|directrice|director|dirigeante?|presidente?|president|chair(?:man|woman|person)?|secretaire generale?|secretary[- ]general|chef(?:fe)?(?! de file)|chief|head of|headed by|led by|dirigee? par|a la tete|(?:leads|heads|has led|has headed) (?:the|its|their|his|her)|(?<!\b(?:a|avait|ont|avaient) )dirige (?:la|le|les|l['’]|sa|son|ses))\b/i;

/** Does a text name a head's role (see LEADER_ROLE)? */
export function namesLeaderRole(text: string): boolean {
  return LEADER_ROLE.test(foldAccents(text));
}

/** Does a sentence hold the kind of value asked for? (Definitions: it spells out an acronym.) */
export function holdsExpected(text: string, expected: Expected): boolean {
  const memo = HOLDS[expected];
  return memo ? memo(text) : readsExpected(text, expected);
}

/**
 * holdsExpected's answers for the kinds that read a sentence more than once (its numbers, its
 * places, its roles, its defining verb), remembered per passage sentence: the same sentences are read question after
 * question (a sentence ranked, then checked for grounding).
 */
const HOLDS: Partial<Record<Expected, (text: string) => boolean>> = Object.fromEntries(
  (['count', 'name', 'frequency', 'place', 'origin', 'leader', 'duration', 'definition', 'contact'] as const).map((kind) => [
    kind,
    memoByText((text) => readsExpected(text, kind)),
  ]),
);

function readsExpected(text: string, expected: Expected): boolean {
  if (expected === 'year') return /\b(1[89]\d\d|20\d\d)\b/.test(text);
  // A count is a number that is not a year ("1951" does not say how many) nor in a telephone number.
  if (expected === 'count') return [...text.replace(TELEPHONE, ' ').matchAll(/\b\d+\b/g)].some((m) => !/^(1[89]\d\d|20\d\d)$/.test(m[0]));
  // A name: capitalised words in a row (Nations Unies, a person's name), or an acronym spelt out.
  if (expected === 'name') return CAPITALISED_RUN.test(text) || ACRONYM_SPELT_OUT.test(text);
  if (expected === 'definition') return ACRONYM_SPELT_OUT.test(text) || DEFINING_STATEMENT.test(text);
  if (expected === 'frequency') return statesRate(text);
  if (expected === 'contact') return givesContact(text);
  if (expected === 'place') return namesPlace(text);
  if (expected === 'origin') return statesOrigin(text);
  if (expected === 'leader') return namesLeaderRole(text);
  if (expected === 'duration') return DURATION_STATED.test(foldAccents(text));
  return false;
}

/** Numbers written in a question ("in 2022", "175"): an answer must contain them. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\b\d+\b/g)].map((m) => m[0]);
}

/**
 * A message that asks the assistant to act for the visitor — book, send, pay, apply, register,
 * cancel — in the imperative, in either language. Not a question about the documents: "Can I send
 * my CV by email?" asks what they say; "Send my application" asks for an act.
 */
const ACTION_REQUEST =
  /^\s*(?:please[,\s]+|s['’]il (?:te|vous) pla[iî]t[,\s]+|merci de\s+)?(?:book|reserve|send|submit|charge|pay|order|apply|register|enrol|enroll|schedule|cancel|transfer|wire|envoie|envoyez|envoyer|reserve|reservez|paie|paye|payez|commande|commandez|inscris|inscrivez|postule|postulez|soumets|soumettez|transfere|transferez|annule|annulez|debite|debitez|prends|prenez)(?:[\s-]+(?:me|moi|us|nous|my|mon|ma|mes))?\b/i;

export function asksForAction(question: string, bare = foldAccents(question)): boolean {
  return ACTION_REQUEST.test(bare);
}
