// When the passages disagree on the figure a question asks for (the same quantity, different
// numbers, from documents of different dates: 166 member states in a 2016 release, 182 on the page
// updated in 2024), only one date's figure is quoted: the period the question names ("in 2019"),
// else the most recent, and the answer says as of when. Figures side by side, undated, mislead.
import type { QuestionReading } from '../retrieve/reading.js';
import { type TextLanguage, textLanguage } from '../text/analyzer.js';
import { termStrength } from '../retrieve/termMatch.js';
import { textTerms } from '../text/termSets.js';
import type { Passage } from '../types.js';
import { isYear } from '../text/quantities/dating.js';
import { extractQuantities } from '../text/quantities/quantities.js';
import { memoByText } from '../lib/memo.js';

// The same passage sentences come back on every question about them: their figures are read once (read-only here).
const quantitiesFr = memoByText((text) => extractQuantities(text, 'fr'));
const quantitiesEn = memoByText((text) => extractQuantities(text, 'en'));
export const quantitiesOf = (text: string, language: 'fr' | 'en') => (language === 'en' ? quantitiesEn : quantitiesFr)(text);

/** The language a passage's figures are read in (quantitiesOf): English for an English passage, French for any other. */
export function figureLanguage(passageLanguage: string | undefined): 'fr' | 'en' {
  return textLanguage(passageLanguage) === 'en' ? 'en' : 'fr';
}

/**
 * A sentence covering this much of the question speaks of what it counts, so its counted numbers
 * are figures for it even when the question does not name their unit (an English question's
 * "people" for a French page's "personnes"). High on purpose: three quarters of the question's
 * weight. On the multi-document fixture the two dated sentences giving migrant deaths covered 0.81
 * and 0.76; a neighbouring sentence with an unrelated count covers well under half.
 */
const SAYS_THE_QUESTION = 0.75;

/**
 * A figure and what it counts, as the question's words name it: the groups its unit words write
 * ("178 États membres" and "182 Member States" count the same thing, in either language), the focus's
 * group for a bare number beside the question's focus, ANY_KIND for a counted number of a sentence that says the
 * question (see SAYS_THE_QUESTION). Only figures of one kind are another date's figure for each other:
 * "39 entities" of an undated page is no older figure than a 2024 page's "two parts".
 */
interface Figure {
  value: number;
  kind: string;
}
const ANY_KIND = '*';
/** Two kinds are one when they share a group of the question ("173 [États Membres]" beside the focus, "182 Member States"). */
function sameKind(a: string, b: string): boolean {
  if (a === b || a === ANY_KIND || b === ANY_KIND) return true;
  const groups = a.split(',');
  return b.split(',').some((g) => groups.includes(g));
}

/** Counted numbers of a sentence: with a unit word, no year, no date concept ("depuis 2014"). */
function countedNumbers(text: string, language: 'fr' | 'en'): Figure[] {
  return quantitiesOf(text, language)
    .filter((q) => q.concept === null && q.unit.length > 0 && !isYear(q.value))
    .map((q) => ({ value: q.value, kind: ANY_KIND }));
}

/**
 * The figures a sentence gives for what the question counts: numbers whose unit words the question
 * all names, and bare numbers ("bringing to 173 the number of Member States") whose surrounding words
 * name the question's focus.
 */
function figuresFor(reading: QuestionReading, text: string, passageLanguage: string | undefined): Figure[] {
  const language = textLanguage(passageLanguage) ?? 'fr';
  const figures: Figure[] = [];
  for (const q of quantitiesOf(text, language === 'en' ? 'en' : 'fr')) {
    if (q.concept !== null) continue;
    const kind =
      q.unit.length > 0 ? namedKind(reading, q.unit, language) : namesFocus(reading, q.context, language) ? focusKind(reading) : null;
    if (kind !== null) figures.push({ value: q.value, kind });
  }
  return figures;
}

// Module functions rather than figuresFor's own: tsx names each local function it compiles on every
// call (esbuild's keepNames, an Object.defineProperty each), and figuresFor runs for every sentence.
// The words are the passage's (its figures' units and context): their terms are remembered per text.

/** The question's groups a figure's unit words name, as its kind ("0,3"), when every term of them is one of the question's words (any strength); else null. */
function namedKind(reading: QuestionReading, words: readonly string[], language: TextLanguage): string | null {
  const named = new Set<number>();
  for (const word of words)
    for (const stem of textTerms(word, language)) {
      const g = reading.groups.findIndex((group) => termStrength(group.stems, stem) > 0);
      if (g < 0) return null;
      named.add(g);
    }
  return [...named].sort((a, b) => a - b).join(',');
}

/** The kind of a bare number beside the question's focus: the focus's group. */
function focusKind(reading: QuestionReading): string {
  return reading.focus ? String(reading.groups.indexOf(reading.focus)) : ANY_KIND;
}

/** Does a word around a figure without a unit write the question's focus? */
function namesFocus(reading: QuestionReading, words: readonly string[], language: TextLanguage): boolean {
  const focus = reading.focus;
  return focus !== null && words.some((w) => [...textTerms(w, language)].some((stem) => termStrength(focus.stems, stem) > 0));
}

export interface FigureChoice<U> {
  units: U[];
  /** The date of the figure kept when others were left out, else null. */
  asOf: string | null;
}

function figuresOf(reading: QuestionReading, unit: { text: string; coverage: number }, passageLanguage: string | undefined): Figure[] {
  const named = figuresFor(reading, unit.text, passageLanguage);
  if (named.length || unit.coverage < SAYS_THE_QUESTION) return named;
  return countedNumbers(unit.text, figureLanguage(passageLanguage));
}

/**
 * A newer sentence's figure is another date's figure for what a sentence counts only when it says
 * the question at least this share as well: a count whose unit is merely one of the question's words
 * ("29 000 personnes y sont mortes", covering 0.07 of "Combien de personnes l'appel mondial 2024
 * veut-il aider ?") counts something else, and must not leave out the release that answers (0.77).
 * Measured on the multi-document fixture's questions: the sentences rightly left out had rivals
 * covering 0.65 to 1.8 times as much as they did; the two wrongly left out, 0.09 and 0.28 (the
 * portal's "57 indicateurs" at launch against the page's later "plus de 90 indicateurs" of another
 * question). Half sits between.
 */
const RIVAL_SHARE = 0.5;

/** Does a sentence speak of the year asked: its page dated in it, or the year written? */
export const inPeriod = (date: string | undefined, text: string, period: number) =>
  date?.startsWith(String(period)) === true || new RegExp(`\\b${period}\\b`).test(text);

/**
 * The units without those giving another date's figure for what a count question asks. Unchanged
 * when the figures agree, when no date can decide (none dated), or when no unit is of the period asked.
 */
export function preferFigures<U extends { passage: number; text: string; coverage: number; readsAntecedent?: boolean }>(
  reading: QuestionReading,
  units: U[],
  passages: Passage[],
): FigureChoice<U> {
  const unchanged = { units, asOf: null };
  if (reading.expected !== 'count') return unchanged;
  // Without a period asked only a date decides, and with no unit's passage dated none is kept
  // (kept is empty below): nothing can change, so no sentence's figures are read. Reading them was
  // 1.6-1.9% of an uncached answer's CPU on the seed corpus, whose passages carry no date.
  if (reading.period === null && !units.some((u) => passages[u.passage].date)) return unchanged;
  const holding = units
    .map((unit) => ({ unit, date: passages[unit.passage].date, figures: figuresOf(reading, unit, passages[unit.passage].language) }))
    .filter((f) => f.figures.length > 0);
  if (new Set(holding.flatMap((f) => f.figures.map((g) => g.value))).size < 2) return unchanged;
  const { period } = reading;
  let kept: typeof holding;
  if (period !== null) kept = holding.filter((f) => inPeriod(f.date, f.unit.text, period));
  else {
    const newest = holding
      .map((f) => f.date)
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1);
    kept = newest ? holding.filter((f) => f.date === newest) : [];
  }
  if (!kept.length) return unchanged;
  const keptFigures = kept.flatMap((f) => f.figures.map((figure) => ({ ...figure, coverage: f.unit.coverage })));
  // Another date's figure: one the kept sentences give of the same kind, with another value, in a
  // sentence that says the question as a rival would (RIVAL_SHARE).
  const otherDate = (figure: Figure, coverage: number) =>
    keptFigures.some((k) => sameKind(k.kind, figure.kind) && k.coverage >= RIVAL_SHARE * coverage) &&
    !keptFigures.some((k) => sameKind(k.kind, figure.kind) && k.value === figure.value);
  // A sentence whose pronoun stands for the thing the question names (readsAntecedent: "Il est installé
  // dans 28 pays" after the sentence naming the system asked) counts that thing, not the quantity a
  // dated page gives of something else: it is no other date's figure, and stays.
  const left = new Set(
    holding
      .filter((f) => !kept.includes(f) && !f.unit.readsAntecedent && f.figures.some((figure) => otherDate(figure, f.unit.coverage)))
      .map((f) => f.unit),
  );
  return { units: units.filter((u) => !left.has(u)), asOf: kept.find((f) => f.date)?.date ?? null };
}
