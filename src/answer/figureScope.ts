// Whether a sentence's figure is of the scope a count question asks: its year, what it names, and
// whose people it counts ("48 000 personnes" aided are no count of volunteers who work).
// "Combien de personnes sont mortes en Méditerranée en 2018 ?" is not answered by "Plus de 18 000
// de ces décès…", a total since 2014 (the sentence before says so) released in 2019; "Combien de
// migrants rentrés au Sénégal…" not by "En 2023, l'OIM a aidé 71 400 migrants à rentrer… au départ
// de 110 pays", which names no Senegal, nor its page. A sentence's scope is read from its own words,
// else from the sentence before it in its passage ("de ces décès", "d'entre eux"), else from its
// page's date: a figure stated on a page of 2019 is as of 2019.
import type { QuestionReading } from '../retrieve/reading.js';
import { sinceOf } from '../retrieve/period.js';
import { textLanguage } from '../text/analyzer.js';
import type { Passage } from '../types.js';
import { figureLanguage } from './figures.js';
import { cachedPassage } from './unitCache.js';
import { holdsAskedValue } from './askedValue.js';
import type { Unit } from './units.js';
import { asOfPage, type LinePeriod, linePeriod } from './figurePeriod.js';
import { namedGroups, nameSaid, scopeNames } from './nameSaid.js';
import { sharedByListed } from './placeList.js';
import { textTerms } from '../text/termSets.js';
import { ANTECEDENT_FORMS } from './antecedent.js';
import { countsPeopleInGeneral } from './countedThing.js';
import { countedGroup } from './countedAsked.js';
import { matchStrength } from '../retrieve/termMatch.js';

/** What a count question asks a figure's scope to be: its period ("en 2018") and its names (a place, a body). */
export interface AskedScope {
  period: number | null;
  /** The year the count asked runs from ("since 2014": period.ts sinceOf), or null: a total since then is what it asks. */
  since: number | null;
  /** Counting the people asked as people in general, does the sentence say another word of the question (what they do: "travaillent", "employ")? True when it names a kind of people. */
  actSaid: boolean;
  /** Does the sentence (the part writing its figure), the one its opening pronoun takes up or its page's title or heading say one of the question's names (true when it names none)? */
  namesSaid: boolean;
  /** Does the part writing its figure list the question's name among others it does not name (placeList.ts)? */
  sharedByOthers: boolean;
}

/** One way a figure falls outside the scope asked. */
export interface ScopeRule {
  id: string;
  why: string;
  test: (asked: AskedScope, line: LinePeriod) => boolean;
}

/** In order; any that holds puts the sentence's figure out of the question's scope. */
export const SCOPE_RULES: readonly ScopeRule[] = Object.freeze([
  {
    id: 'another-year',
    why: 'It asks of a year, and the figure is given for another ("En 2023, … 121 000 réfugiés…, le nombre le plus élevé depuis 2016" for 2016): the year asked is only a point of comparison, if said at all.',
    test: (asked, line) => asked.period !== null && line.years.length > 0 && !line.years.includes(asked.period),
  },
  {
    id: 'running-total',
    why: 'It asks of a year, and the figure is a total since a year ("depuis 2014", "since 1994", or "de ces décès" after such a line) that the question does not count from: a sum over years, not the year asked.',
    test: (asked, line) => asked.period !== null && line.years.length === 0 && line.since !== null && line.since !== asked.since,
  },
  {
    id: 'total-of-another-date',
    why: 'It asks a total since a year as of another ("By March 2019, … since 2014?"), and the figure is that total as of another date (its dateline, the sentence before it or its page’s date): "plus de 63 800" on a page of 2024 is not the count of 2019.',
    test: (asked, line) =>
      asked.period !== null && asked.since !== null && line.years.length === 0 && line.since === asked.since && line.dated !== asked.period,
  },
  {
    id: 'dated-otherwise',
    why: 'It asks of a year, the figure is given for no year, and was said in another (its dateline or its page’s date): it is as of that date ("48 000 personnes" aided, in a release of 2021, for 2023).',
    test: (asked, line) =>
      asked.period !== null && line.years.length === 0 && line.since === null && line.dated !== null && line.dated !== asked.period,
  },
  {
    id: 'people-of-another-act',
    why: 'It counts people (volunteers, people who work) and the figure counts people in general ("48 000 personnes", "112 000 personnes") in a sentence saying no other word of the question: they are the people it aided, not those who work. A kind of people named ("185 membres du personnel") says whose they are.',
    test: (asked) => !asked.actSaid,
  },
  {
    id: 'names-unsaid',
    why: 'It asks how many in a place or of a body it names, and neither the part of the sentence writing the figure, the sentence its opening pronoun takes up, nor its page’s title or heading names it: the figure is of another scope (worldwide, another country, or a place said after ", mais").',
    test: (asked) => !asked.namesSaid,
  },
  {
    id: 'shared-by-listed',
    why: 'It asks of one place or body, and the figure is given for a list of them that names another too ("48 000 personnes au Niger, au Tchad et au Sénégal" for Chad): the list’s total, not that one’s.',
    test: (asked) => asked.sharedByOthers,
  },
]);

/**
 * Where a sentence turns to another matter (";", ", mais", ", but", ", while"): a name said after it
 * is not said of the figure before it ("En 2018, le projet a recensé 4 730 décès…, mais la proportion
 * de morts… de la Méditerranée centrale a augmenté" gives no Mediterranean figure). A bare comma
 * does not: "48 000 personnes au Niger, au Tchad et au Sénégal" lists the places of its figure.
 */
const CLAUSE_BREAK = /;|,\s+(?:mais|but|while|whereas|tandis que|alors que)\b/iu;

/** The terms of the parts of a sentence that write a figure (all of it when none writes a digit). */
function figureClauses(text: string): string {
  const clauses = text.split(CLAUSE_BREAK);
  const figured = clauses.filter((c) => /\d/.test(c));
  return (figured.length ? figured : clauses).join(' ');
}

/**
 * The antecedent forms (antecedent.ts) whose subject is what the sentence before named, places and
 * all: a pronoun ("Elle compte…"). Not "le projet" or "the system", which takes up only the thing
 * of that kind: "En 2018, le projet a recensé 4 730 décès" is no figure of the Mediterranean the
 * sentence before it names.
 */
const PRONOUN_FORMS = ANTECEDENT_FORMS.filter((f) => f.id !== 'the-system');

/**
 * Does the unit (the part writing its figure), the sentence its opening pronoun stands for ("Elle
 * compte aujourd'hui 185 membres du personnel" after "La mission de l'OIM au Sénégal…") or its
 * page's title or heading say one of the question's names? True when it gives none.
 */
export function scopeNamesSaid(reading: QuestionReading, unit: Pick<Unit, 'text' | 'passage' | 'position'>, passages: Passage[]): boolean {
  const names = scopeNames(reading);
  if (!names.length) return true;
  const passage = passages[unit.passage];
  const language = textLanguage(passage.language) ?? 'fr';
  const cached = cachedPassage(passage);
  const said: ReadonlySet<string>[] = [textTerms(figureClauses(unit.text), language), cached.context];
  const own = cached.units[unit.position];
  if (own?.unit.text === unit.text && own.antecedent && PRONOUN_FORMS.some((f) => f.pattern.test(unit.text))) said.push(own.antecedent);
  return names.some((g) => nameSaid(g, said, [language]));
}

/**
 * Counting the people asked only as people in general, does the sentence say another word of the
 * question than its names, numbers, the organisation and the counted word (what the people do)?
 * True when it counts a kind of people, or the question has no such word.
 */
function peopleActSaid(reading: QuestionReading, unit: Pick<Unit, 'text' | 'passage'>, passages: Passage[]): boolean {
  const passage = passages[unit.passage];
  const language = figureLanguage(passage.language);
  const counted = countedGroup(reading);
  if (!countsPeopleInGeneral(unit.text, counted, language)) return true;
  const names = namedGroups(reading);
  // The question's words but an acronym it writes as one (the organisation's: "OIM"; not "aide", which
  // the reader also knows as an acronym's expansion), its numbers and names, the counted word and weak verbs.
  const others = reading.groups.filter(
    (g) =>
      !(g.acronym !== undefined && reading.text.includes(g.word.toUpperCase())) &&
      !/^\d/.test(g.word) &&
      g !== counted &&
      !g.weak &&
      !names.includes(g),
  );
  if (!others.length) return true;
  const terms = textTerms(unit.text, language);
  return others.some((g) => matchStrength(g.stems, terms) > 0);
}

/**
 * Each question reading's verdicts, by sentence (its page, position and text): selection
 * (withinScope) and grounding (figureOutOfScope) judge the same chosen sentences of one question.
 */
const VERDICTS = new WeakMap<QuestionReading, Map<string, ScopeRule | null>>();

/** The first scope rule a unit's figure breaks for the question, or null when it is of the scope asked; judged once per question and sentence. */
export function scopeBroken(
  reading: QuestionReading,
  unit: Pick<Unit, 'text' | 'passage' | 'position'>,
  passages: Passage[],
): ScopeRule | null {
  let verdicts = VERDICTS.get(reading);
  if (!verdicts) {
    verdicts = new Map();
    VERDICTS.set(reading, verdicts);
  }
  const key = `${passages[unit.passage].source}\u0000${unit.position}\u0000${unit.text}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const verdict = judgeScope(reading, unit, passages);
  verdicts.set(key, verdict);
  return verdict;
}

function judgeScope(reading: QuestionReading, unit: Pick<Unit, 'text' | 'passage' | 'position'>, passages: Passage[]): ScopeRule | null {
  const asked: AskedScope = {
    period: reading.period,
    since: sinceOf(reading.text),
    namesSaid: scopeNamesSaid(reading, unit, passages),
    actSaid: peopleActSaid(reading, unit, passages),
    sharedByOthers: sharedByListed(figureClauses(unit.text), namedGroups(reading), textLanguage(passages[unit.passage].language) ?? 'fr'),
  };
  const period =
    reading.period === null ? { years: [], since: null, dated: null } : asOfPage(linePeriod(unit, passages), passages[unit.passage]);
  return SCOPE_RULES.find((rule) => rule.test(asked, period)) ?? null;
}

/**
 * The chosen sentences holding a figure (a count, not a year alone), and those of them whose figure
 * is out of the question's scope (scopeBroken). Any figure, not only one countedThing.ts reads as
 * the thing asked: "4 730 décès et disparitions" is the 2018 line of "Combien de migrants sont morts
 * en 2018 ?" though no word of it is "migrants", and it keeps the question answered. Empty for a
 * question that is no count.
 */
export function figureScopes<T extends Unit>(
  chosen: readonly T[],
  reading: QuestionReading,
  passages: Passage[],
): { giving: T[]; outside: Set<T> } {
  if (reading.expected !== 'count') return { giving: [], outside: new Set() };
  const giving = chosen.filter((u) => holdsAskedValue(u, reading.expected, passages));
  return { giving, outside: new Set(giving.filter((u) => scopeBroken(reading, u, passages) !== null)) };
}

/**
 * Of the chosen sentences, those whose figure is of the scope asked when some are: a sentence giving
 * another year's, a running total's or another place's figure beside one giving the year asked is
 * another answer, not this one's ("Plus de 18 000 de ces décès…" beside "En 2018, le projet a
 * recensé 4 730 décès…"). When none is, all stay: grounding refuses (figure-out-of-scope).
 */
export function withinScope<T extends Unit>(chosen: T[], reading: QuestionReading, passages: Passage[]): T[] {
  const { giving, outside } = figureScopes(chosen, reading, passages);
  if (!outside.size || outside.size === giving.length) return chosen;
  return chosen.filter((u) => !outside.has(u));
}

/** A count question whose chosen sentences give its figure only out of its scope (every one breaks a SCOPE_RULES rule). */
export function figureOutOfScope(reading: QuestionReading, passages: Passage[], units: readonly Unit[]): boolean {
  const { giving, outside } = figureScopes(units, reading, passages);
  return giving.length > 0 && outside.size === giving.length;
}
