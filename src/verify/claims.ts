// What a sentence asserts in numbers, read the same way from a claim (French or English) and from
// a source sentence (French): each number or year with its relation (exactly, more than, about…),
// the words that say what is counted ("40 pays membres", "12 offices"), the event a year
// dates ("créée en 1951", "founded in 1961", "depuis 1951") and the content words near it.
// The tables below are general French and English (number words, qualifiers, dating verbs), not
// the corpus: whether two units name the same thing is decided by the retriever's stems.
import { foldAccents, isStopWord, stem, words } from '../retrieve/analyzer.js';
import type { Language } from '../types.js';

export type Relation = 'eq' | 'gt' | 'ge' | 'lt' | 'le' | 'approx';
/** What a year dates: the creation of something, or the start of an ongoing state. */
export type Concept = 'creation' | 'since';

export interface Token {
  /** The text as written. */
  surface: string;
  /** Lower-cased, elision removed (the analyzer's form); '' for punctuation. */
  word: string;
  start: number;
  end: number;
  /** Clauses are separated by punctuation; a number's unit and context stay in its clause. */
  clause: number;
  /** Stop word, punctuation or number: not a content word. */
  content: boolean;
}

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

const TOKEN = /(\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)|([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)|([^\s\p{L}\p{N}])/gu;
const BOUNDARY = /^[,;:.!?()«»"“”[\]…—–]$/;
/** Content words on each side of a number that count as its context. */
const CONTEXT_REACH = 5;
const MAX_UNIT_WORDS = 2;

// ------------------------------------------------------------------ number words

const SMALL: Record<string, number> = {
  zero: 0, un: 1, une: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4, cinq: 5, five: 5, six: 6,
  sept: 7, seven: 7, huit: 8, eight: 8, neuf: 9, nine: 9, dix: 10, ten: 10, onze: 11, eleven: 11, douze: 12, twelve: 12,
  treize: 13, thirteen: 13, quatorze: 14, fourteen: 14, quinze: 15, fifteen: 15, seize: 16, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, vingt: 20, vingts: 20, twenty: 20, trente: 30, thirty: 30,
  quarante: 40, forty: 40, cinquante: 50, fifty: 50, soixante: 60, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const HUNDRED = new Set(['cent', 'cents', 'hundred']);
/** Words that multiply what comes before them. */
const SCALE: Record<string, number> = {
  mille: 1e3, thousand: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9,
};
/** Words that are numbers only inside a longer number ("un" alone is an article). */
const ONLY_INSIDE = new Set(['un', 'une', 'one']);
const JOINERS = new Set(['et', 'and']);

function isNumberWord(word: string): boolean {
  return word in SMALL || HUNDRED.has(word) || word in SCALE;
}

/** Value of a run of number words ("cent soixante-quinze", "one hundred and five"). */
export function numberWordsValue(run: string[]): number {
  let total = 0;
  let current = 0;
  let previous = '';
  for (const w of run) {
    if (w === 'vingt' || w === 'vingts') current += previous === 'quatre' ? 76 : 20; // quatre-vingt = 4 × 20
    else if (w in SMALL) current += SMALL[w];
    else if (HUNDRED.has(w)) current = (current || 1) * 100;
    else if (w in SCALE) {
      total += (current || 1) * SCALE[w];
      current = 0;
    }
    previous = w;
  }
  return total + current;
}

/** "1 000", "1,000" (English), "1,5" (French decimal), "175". */
function digitsValue(text: string, language: Language): number {
  const compact = text.replace(/[\u00a0\u202f ]/g, '');
  if (language === 'en' && /^\d{1,3}(,\d{3})+$/.test(compact)) return Number(compact.replace(/,/g, ''));
  return Number(compact.replace(',', '.'));
}

// ------------------------------------------------------------------ qualifiers and dating words

// Phrases just before a number (accents folded, lower case), in both languages.
const QUALIFIERS: Record<Relation, string[]> = {
  gt: ['plus de', "plus d'", 'more than', 'over', 'above', 'upwards of', 'in excess of', 'au-dela de', 'after', 'apres'],
  ge: ['au moins', 'at least', 'no fewer than', 'no less than'],
  lt: ['moins de', "moins d'", 'less than', 'fewer than', 'under', 'below', 'before', 'avant'],
  le: ['au plus', 'at most', 'up to', "jusqu'a", "jusqu'en"],
  approx: ['environ', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'pres de', "pres d'", 'presque', 'quelque', 'some', 'autour de', 'approximativement', 'circa'],
  eq: [],
};
const QUALIFIER = new RegExp(
  `(?:^|[^\\p{L}'])(${Object.values(QUALIFIERS).flat().sort((a, b) => b.length - a.length).join('|')})\\s*$`,
  'u',
);
const RELATION_OF = new Map(Object.entries(QUALIFIERS).flatMap(([relation, phrases]) => phrases.map((p) => [p, relation as Relation])));

/** Words that date the creation of something, in both languages (folded). */
const CREATION = new Set(
  [
    'cree', 'creee', 'crees', 'creees', 'creer', 'creation', 'fonde', 'fondee', 'fondes', 'fondees', 'fonder', 'fondation',
    'etabli', 'etablie', 'institue', 'instituee', 'naissance', 'founded', 'founding', 'foundation', 'establish', 'established',
    'establishment', 'created', 'creation', 'create', 'inception', 'formed', 'born',
  ].map(foldAccents),
);
const CREATION_PAIRS = [['set', 'up'], ['mise', 'en', 'place'], ['mis', 'en', 'place'], ['vu', 'le', 'jour']];
const SINCE = new Set(['depuis', 'since']);

// ------------------------------------------------------------------ tokens

export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  for (const m of text.matchAll(TOKEN)) {
    const [surface, digits, letters] = m;
    const start = m.index;
    if (!digits && !letters) {
      if (BOUNDARY.test(surface)) clause++;
      tokens.push({ surface, word: '', start, end: start + surface.length, clause, content: false });
      continue;
    }
    const word = digits ? surface : (words(surface)[0] ?? surface.toLowerCase());
    // Acronyms are names even when they spell a stop word (UN, ONU…).
    const content = !digits && ((!isNumberWord(word) && !isStopWord(word, language)) || /^\p{Lu}{2,}$/u.test(surface.slice(surface.length - word.length)));
    tokens.push({ surface, word, start, end: start + surface.length, clause, content });
  }
  return splitCoordinatedClauses(tokens, language);
}

const CONJUNCTIONS = new Set(['et', 'and', 'mais', 'but', 'ou', 'or']);

/**
 * "créée en 1951 et fait partie du système…": a conjunction followed by a verb or a pronoun starts
 * a new clause, so the words of one statement are not taken as the setting of another's number.
 * Coordinated words ("humaine et ordonnée") stay together: what follows them is a content word.
 */
function splitCoordinatedClauses(tokens: Token[], language: Language): Token[] {
  let shift = 0;
  return tokens.map((t, i) => {
    const next = tokens[i + 1];
    if (CONJUNCTIONS.has(t.word) && next?.word && !/^\d/.test(next.surface) && !next.content && !isNumberWord(next.word) && isStopWord(next.word, language)) shift++;
    return shift ? { ...t, clause: t.clause + shift } : t;
  });
}

const folded = (t: Token) => foldAccents(t.word);

/** The qualifier written just before a number ("plus de 170", "more than 200"), and where it starts. */
function qualifierBefore(text: string, tokens: Token[], span: NumberSpan): { relation: Relation; start: number } {
  const first = tokens[span.first];
  // A number word glued to an elision ("plus d'un million") starts after the apostrophe.
  const numberStart = first.start + (/^\d/.test(first.surface) ? 0 : first.surface.length - first.word.length);
  const clauseStart = tokens.find((t) => t.clause === first.clause)?.start ?? 0;
  const before = foldAccents(text.slice(clauseStart, numberStart).toLowerCase()).replace(/’/g, "'");
  const m = QUALIFIER.exec(before);
  if (!m) return { relation: 'eq', start: first.start };
  return { relation: RELATION_OF.get(m[1]) ?? 'eq', start: clauseStart + before.length - m[0].length + m[0].indexOf(m[1]) };
}

function isCreationAt(tokens: Token[], i: number): number {
  if (CREATION.has(folded(tokens[i]))) return 1;
  for (const pair of CREATION_PAIRS) if (pair.every((p, k) => tokens[i + k] && folded(tokens[i + k]) === p)) return pair.length;
  return 0;
}

interface NumberSpan {
  value: number;
  first: number;
  last: number;
}

/** Numbers written in digits or in words, as token spans. */
function numberSpans(tokens: Token[], language: Language): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/^\d/.test(t.surface)) {
      // "1,5 million", "3 milliards": digits times a scale word.
      const scale = SCALE[tokens[i + 1]?.word ?? ''];
      spans.push({ value: digitsValue(t.surface, language) * (scale ?? 1), first: i, last: scale ? i + 1 : i });
      if (scale) i++;
      continue;
    }
    if (!isNumberWord(t.word) || (t.word === 'cent' && tokens[i - 1]?.word === 'pour')) continue;
    let last = i;
    const run = [t.word];
    for (let j = i + 1; j < tokens.length; j++) {
      const w = tokens[j].word;
      if (tokens[j].surface === '-') continue;
      if (isNumberWord(w)) {
        run.push(w);
        last = j;
      } else if (!(JOINERS.has(w) && isNumberWord(tokens[j + 1]?.word ?? ''))) break;
    }
    if (run.length === 1 && ONLY_INSIDE.has(t.word)) continue;
    spans.push({ value: numberWordsValue(run), first: i, last });
    i = last;
  }
  return spans;
}

const isYear = (value: number) => Number.isInteger(value) && value >= 1800 && value <= 2100;

/** Content words next to a number, stopping at anything else: what it counts. */
function unitAround(tokens: Token[], span: NumberSpan, taken: Set<number>): number[] {
  const clause = tokens[span.first].clause;
  const after: number[] = [];
  // "un million de migrants", "two million of them": the unit comes after "de"/"of".
  const skip = tokens[span.last].word in SCALE && /^(?:de|of)$/i.test(tokens[span.last + 1]?.surface ?? '') ? 1 : 0;
  for (let j = span.last + 1 + skip; j < tokens.length && after.length < MAX_UNIT_WORDS; j++) {
    if (tokens[j].surface === '-') continue;
    if (tokens[j].clause !== clause || !tokens[j].content || taken.has(j)) break;
    after.push(j);
  }
  if (after.length) return after;
  const before: number[] = [];
  for (let j = span.first - 1; j >= 0 && before.length < MAX_UNIT_WORDS; j--) {
    if (tokens[j].clause !== clause || !tokens[j].content || taken.has(j)) break;
    before.unshift(j);
  }
  return before;
}

/** The event a year dates: "depuis/since" just before it, or a creation word in its clause. */
function conceptOf(tokens: Token[], span: NumberSpan): { concept: Concept | null; used: number[] } {
  const clause = tokens[span.first].clause;
  for (let j = span.first - 1; j >= Math.max(0, span.first - 2); j--) {
    if (tokens[j].clause === clause && SINCE.has(folded(tokens[j]))) return { concept: 'since', used: [j] };
  }
  let best: { distance: number; used: number[] } | null = null;
  for (let j = 0; j < tokens.length; j++) {
    if (tokens[j].clause !== clause) continue;
    const length = isCreationAt(tokens, j);
    if (!length) continue;
    const distance = Math.abs(j - span.first);
    if (!best || distance < best.distance) best = { distance, used: Array.from({ length }, (_, k) => j + k) };
  }
  return best ? { concept: 'creation', used: best.used } : { concept: null, used: [] };
}

export function extractQuantities(input: string, language: Language): Quantity[] {
  const text = input.normalize('NFC');
  const tokens = tokenize(text, language);
  const spans = numberSpans(tokens, language);
  const facts = spans.map((span) => {
    const dated = isYear(span.value) ? conceptOf(tokens, span) : { concept: null, used: [] };
    return { span, ...dated, unit: [] as number[], qualifier: qualifierBefore(text, tokens, span) };
  });
  // Units first for every number, so that one number's unit is not another's context.
  const taken = new Set<number>(spans.flatMap((s) => range(s.first, s.last)));
  tokens.forEach((t, i) => facts.some((f) => t.start >= f.qualifier.start && i < f.span.first) && taken.add(i));
  for (const f of facts) {
    if (!f.concept) f.unit = unitAround(tokens, f.span, taken);
    for (const i of [...f.unit, ...f.used]) taken.add(i);
  }
  return facts.map((f) => {
    const clause = tokens[f.span.first].clause;
    const qualifier = tokens.filter((t, i) => i < f.span.first && t.start >= f.qualifier.start && t.clause === clause).map((t) => tokens.indexOf(t));
    const own = [...qualifier, ...range(f.span.first, f.span.last), ...f.unit, ...f.used];
    const context = [...nearbyContent(tokens, f.span.first, -1, clause, taken, own), ...nearbyContent(tokens, f.span.last, 1, clause, taken, own)];
    const start = Math.min(f.qualifier.start, ...own.map((i) => tokens[i].start));
    const end = Math.max(...own.map((i) => tokens[i].end));
    return {
      value: f.span.value,
      relation: f.qualifier.relation,
      concept: f.concept,
      unit: f.unit.map((i) => tokens[i].word),
      context: context.map((i) => tokens[i].word),
      words: own.map((i) => tokens[i].word).filter(Boolean),
      phrase: text.slice(start, end),
    };
  });
}

function nearbyContent(tokens: Token[], from: number, step: 1 | -1, clause: number, taken: Set<number>, own: number[]): number[] {
  const out: number[] = [];
  for (let j = from + step; j >= 0 && j < tokens.length && out.length < CONTEXT_REACH; j += step) {
    if (tokens[j].clause !== clause) break;
    if (!tokens[j].content || own.includes(j) || taken.has(j)) continue;
    out.push(j);
  }
  return out;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

// ------------------------------------------------------------------ negation and names

const VERBAL_NEGATION = /\b(?:ne|n['’])\s*(?:\S+\s+){0,3}?(?:pas|plus|jamais|point|aucun|aucune|nullement|rien)\b|\bnot\b|n['’]t\b|\bnever\b|\bneither\b|\bnor\b/i;
const OTHER_NEGATION = /\b(?:non|sans|aucun|aucune|no|none|without|nobody|nothing)\b/i;

const NEGATION_WORDS = new Set([
  'ne', 'pas', 'jamais', 'point', 'aucun', 'aucune', 'nullement', 'rien', 'non', 'sans', 'plus',
  'not', 'never', 'neither', 'nor', 'no', 'none', 'without', 'nobody', 'nothing',
]);

/** Words that only negate: they are not what a claim is about. */
export function isNegationWord(word: string): boolean {
  return NEGATION_WORDS.has(word) || /n['’]t$/.test(word);
}

/** "verbal": the claim denies something ("n'est pas", "is not"); "other": a negative word ("non-", "without"). */
export function negation(text: string): 'verbal' | 'other' | null {
  if (VERBAL_NEGATION.test(text)) return 'verbal';
  if (OTHER_NEGATION.test(text)) return 'other';
  return null;
}

interface NamedWord {
  word: string;
  /** As written, without an elision: "ONU" in "l'ONU". */
  surface: string;
}

function wordTokens(text: string, language: Language): NamedWord[] {
  return tokenize(text, language)
    .filter((t) => t.word && !/^\d/.test(t.surface))
    .map((t) => ({ word: t.word, surface: t.surface.slice(t.surface.length - t.word.length) }));
}

const capitalised = (w: NamedWord) => /^\p{Lu}/u.test(w.surface);

/** Words written as names: capitalised after the first word, or all capitals (acronyms). */
export function namedWords(text: string, language: Language): NamedWord[] {
  return wordTokens(text, language).filter((t, i) => capitalised(t) && (i > 0 || /^\p{Lu}{2,}$/u.test(t.surface)));
}

/**
 * Stems that a sentence uses only inside a name of several capitalised words ("Nations Unies"):
 * a common word of a claim ("national") does not match them.
 */
export function nameOnlyStems(text: string, language: Language): Set<string> {
  const tokens = wordTokens(text, language);
  const inName = tokens.map((t, i) => i > 0 && capitalised(t) && ((i > 1 && capitalised(tokens[i - 1])) || (i + 1 < tokens.length && capitalised(tokens[i + 1]))));
  const plain = new Set(tokens.filter((_, i) => !inName[i]).map((t) => stem(t.word)));
  return new Set(tokens.filter((t, i) => inName[i] && !plain.has(stem(t.word))).map((t) => stem(t.word)));
}
