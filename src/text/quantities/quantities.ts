// What a sentence asserts in numbers, read the same way from a claim (French or English) and from
// a source sentence (French): each number or year with its relation (exactly, more than, about…),
// the words that say what is counted ("40 pays membres", "12 offices"), the event a year
// dates ("créée en 1951", "founded in 1961", "depuis 1951") and the content words near it.
// Whether two units name the same thing is decided by the retriever's stems, not here.
import type { Language } from '../../types.js';
import { conceptOf, isAttributiveYear, isYear, type Concept } from './dating.js';
import { isScaleWord, numberSpans, type NumberSpan } from './numbers.js';
import { qualifierBefore, type Relation } from './qualifiers.js';
import { tokenize, type Token } from './tokens.js';

export interface Quantity {
  value: number;
  relation: Relation;
  concept: Concept | null;
  /** Words naming what is counted ("états", "membres"); empty for a dated event. */
  unit: string[];
  /** Content words near the number in its clause, outside the unit, the event word and other numbers. */
  context: string[];
  /** Every word that states the fact: qualifier, number, unit, dating word. */
  words: string[];
  /** The claim's or source's own words for the fact, e.g. "plus de 170 pays", "créée en 1951". */
  phrase: string;
}

/** A number with the token indexes of what it counts or dates, and its qualifier. */
interface Fact {
  span: NumberSpan;
  concept: Concept | null;
  /** The dating words ("fondée", "depuis"). */
  used: number[];
  unit: number[];
  qualifier: { relation: Relation; start: number };
}

/** Content words on each side of a number that count as its context. */
const CONTEXT_REACH = 5;
const MAX_UNIT_WORDS = 2;
/**
 * A unit written before its number is a currency code or symbol ("USD 2.9 billion", "CHF 400"):
 * one word; a second word before it is the verb or noun the figure belongs to ("seeking USD…").
 */
const MAX_UNIT_WORDS_BEFORE = 1;

export function extractQuantities(input: string, language: Language): Quantity[] {
  const text = input.normalize('NFC');
  const tokens = tokenize(text, language);
  const read = numberSpans(tokens, language).map((span) => readFact(text, tokens, span));
  // A day written in a date ("depuis le 1er octobre 2023") is part of that date, not a count.
  const dated = new Set(read.flatMap((f) => f.used));
  const facts = read.filter((f) => !dated.has(f.span.first));
  const taken = assignUnits(tokens, facts);
  const numbers = new Set(facts.map((f) => f.span.first));
  return facts.map((f) => toQuantity(text, tokens, f, taken, numbers));
}

function readFact(text: string, tokens: Token[], span: NumberSpan): Fact {
  const dated = isYear(span.value) ? conceptOf(tokens, span) : { concept: null, used: [] };
  return { span, ...dated, unit: [], qualifier: qualifierBefore(text, tokens, span) };
}

/**
 * Gives every undated number its unit, and returns the tokens that some fact owns (number,
 * qualifier, unit, dating word). Units come first for every number, so that one number's unit is
 * not another's context.
 */
function assignUnits(tokens: Token[], facts: Fact[]): Set<number> {
  const taken = new Set<number>(facts.flatMap((f) => range(f.span.first, f.span.last)));
  tokens.forEach((t, i) => {
    if (facts.some((f) => t.start >= f.qualifier.start && i < f.span.first)) taken.add(i);
  });
  for (const f of facts) {
    if (!f.concept && !f.span.impliedUnit && !isAttributiveYear(tokens, f.span)) f.unit = unitAround(tokens, f.span, taken);
    for (const i of [...f.unit, ...f.used]) taken.add(i);
  }
  return taken;
}

function toQuantity(text: string, tokens: Token[], f: Fact, taken: Set<number>, numbers: Set<number>): Quantity {
  const clause = tokens[f.span.first].clause;
  const qualifier = tokens
    .filter((t, i) => i < f.span.first && t.start >= f.qualifier.start && t.clause === clause)
    .map((t) => tokens.indexOf(t));
  const own = [...qualifier, ...range(f.span.first, f.span.last), ...f.unit, ...f.used];
  const context = [
    ...nearbyContent(tokens, f.span.first, -1, clause, taken, own, numbers),
    ...nearbyContent(tokens, f.span.last, 1, clause, taken, own, numbers),
  ];
  const start = Math.min(f.qualifier.start, ...own.map((i) => tokens[i].start));
  const end = Math.max(...own.map((i) => tokens[i].end));
  return {
    value: f.span.value,
    relation: f.qualifier.relation,
    concept: f.concept,
    unit: f.span.impliedUnit ?? f.unit.map((i) => tokens[i].word),
    context: context.map((i) => tokens[i].word),
    words: own.map((i) => tokens[i].word).filter(Boolean),
    phrase: text.slice(start, end),
  };
}

/** Content words next to a number, stopping at anything else: what it counts. */
function unitAround(tokens: Token[], span: NumberSpan, taken: Set<number>): number[] {
  const clause = tokens[span.first].clause;
  const after: number[] = [];
  // "un million de migrants", "two million of them": the unit comes after "de"/"of".
  const skip = isScaleWord(tokens[span.last].word) && /^(?:de|of)$/i.test(tokens[span.last + 1]?.surface ?? '') ? 1 : 0;
  for (let j = span.last + 1 + skip; j < tokens.length && after.length < MAX_UNIT_WORDS; j++) {
    if (tokens[j].surface === '-') continue;
    if (tokens[j].clause !== clause || !tokens[j].content || taken.has(j)) break;
    after.push(j);
  }
  if (after.length) return after;
  const before: number[] = [];
  for (let j = span.first - 1; j >= 0 && before.length < MAX_UNIT_WORDS_BEFORE; j--) {
    if (tokens[j].clause !== clause || !tokens[j].content || taken.has(j)) break;
    before.unshift(j);
  }
  return before;
}

/** "et", "and": between two numbers of a clause, they part the words of one from the other's. */
const COORDINATORS = new Set(['et', 'and']);

/**
 * Up to CONTEXT_REACH content words on one side of a number, in its clause, that no fact owns. A
 * conjunction with another number beyond it ends the reach: in "adopted on 19 October 1953 and
 * entered into force on 30 November 1954", "entered into force" is the second date's setting only.
 */
function nearbyContent(
  tokens: Token[],
  from: number,
  step: 1 | -1,
  clause: number,
  taken: Set<number>,
  own: number[],
  numbers: Set<number>,
): number[] {
  const out: number[] = [];
  const numberBeyond = (j: number) => {
    for (let k = j + step; k >= 0 && k < tokens.length && tokens[k].clause === clause; k += step) if (numbers.has(k)) return true;
    return false;
  };
  for (let j = from + step; j >= 0 && j < tokens.length && out.length < CONTEXT_REACH; j += step) {
    if (tokens[j].clause !== clause) break;
    if (COORDINATORS.has(tokens[j].word) && numberBeyond(j)) break;
    if (!tokens[j].content || own.includes(j) || taken.has(j)) continue;
    out.push(j);
  }
  return out;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}
