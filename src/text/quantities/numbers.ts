// Numbers as a claim or a source writes them: digits ("175", "1 000", "1,5 million") or general
// French and English number words ("cent soixante-quinze", "one hundred and five").
import type { Language } from '../../types.js';
import type { Token } from './token.js';

/** A number found in a token list: its value and the tokens that write it. */
export interface NumberSpan {
  value: number;
  first: number;
  last: number;
  /** The unit a word implies when no word writes it: "once a year" counts times. */
  impliedUnit?: string[];
}

// Tables as maps: `word in` a plain object also found the names every object inherits
// ("constructor" is an English word, and read as a number it gave a quantity of no value).
const table = (entries: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(entries));
const SMALL = table({
  zero: 0,
  un: 1,
  une: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
  dix: 10,
  ten: 10,
  onze: 11,
  eleven: 11,
  douze: 12,
  twelve: 12,
  treize: 13,
  thirteen: 13,
  quatorze: 14,
  fourteen: 14,
  quinze: 15,
  fifteen: 15,
  seize: 16,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  vingt: 20,
  vingts: 20,
  twenty: 20,
  trente: 30,
  thirty: 30,
  quarante: 40,
  forty: 40,
  cinquante: 50,
  fifty: 50,
  soixante: 60,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const HUNDRED = new Set(['cent', 'cents', 'hundred']);
/** The word before "cent" that makes it a share, not a hundred: "pour cent", and English's "per cent" ("3.6 per cent" is no figure of 100). */
const PER_CENT: ReadonlySet<string> = new Set(['pour', 'per']);
/** Words that multiply what comes before them. */
const SCALE = table({
  mille: 1e3,
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
  billions: 1e9,
});
/**
 * English words that are a number of times ("meets once a year", "twice per session"), read as such
 * only before a word of frequency: "once" alone is also "formerly" or "as soon as".
 */
const TIMES = table({ once: 1, twice: 2, thrice: 3 });
/** Words after a number of times that make it a frequency: "a year", "per session", "par an", "chaque mois". */
const FREQUENCY = new Set(['a', 'an', 'per', 'every', 'each', 'par', 'chaque', 'tous', 'toutes']);
/** "une fois par an": the article is a number when it counts times ("fois") of a frequency. */
const isTimesOfFrequency = (tokens: Token[], i: number) => tokens[i + 1]?.word === 'fois' && FREQUENCY.has(tokens[i + 2]?.word ?? '');
/**
 * Every word isNumberWord is true for, as one set: SMALL, HUNDRED and SCALE were read
 * for every word of every sentence whose figures are read (a per cent of a chat request's CPU in its
 * profile when they were three look-ups).
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...SMALL.keys(), ...HUNDRED, ...SCALE.keys()]);

/** Words that are numbers only inside a longer number ("un" alone is an article). */
const ONLY_INSIDE = new Set(['un', 'une', 'one']);
const JOINERS = new Set(['et', 'and']);

export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word);
}

/** "million", "milliards", "thousand": a word that multiplies the number before it. */
export function isScaleWord(word: string): boolean {
  return SCALE.has(word);
}

/** Value of a run of number words ("cent soixante-quinze", "one hundred and five"). */
export function numberWordsValue(run: string[]): number {
  let total = 0;
  let current = 0;
  let previous = '';
  for (const w of run) {
    if (w === 'vingt' || w === 'vingts')
      current += previous === 'quatre' ? 76 : 20; // quatre-vingt = 4 × 20
    else if (SMALL.has(w)) current += SMALL.get(w) ?? 0;
    else if (HUNDRED.has(w)) current = (current || 1) * 100;
    else if (SCALE.has(w)) {
      total += (current || 1) * (SCALE.get(w) ?? 1);
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

/** Numbers written in digits or in words, as token spans. */
export function numberSpans(tokens: Token[], language: Language): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/^\d/.test(t.surface)) {
      // "1,5 million", "3 milliards": digits times a scale word.
      const scale = SCALE.get(tokens[i + 1]?.word ?? '');
      spans.push({ value: digitsValue(t.surface, language) * (scale ?? 1), first: i, last: scale ? i + 1 : i });
      if (scale) i++;
      continue;
    }
    const times = TIMES.get(t.word);
    if (times !== undefined && FREQUENCY.has(tokens[i + 1]?.word ?? '')) {
      spans.push({ value: times, first: i, last: i, impliedUnit: ['times'] });
      continue;
    }
    if (!isNumberWord(t.word) || (t.word === 'cent' && PER_CENT.has(tokens[i - 1]?.word ?? ''))) continue;
    const span = numberWordsSpan(tokens, i);
    if (span) {
      spans.push(span);
      i = span.last;
    }
  }
  return spans;
}

/** The run of number words starting at `first` ("vingt et un"), or null for a lone article ("un"). */
function numberWordsSpan(tokens: Token[], first: number): NumberSpan | null {
  let last = first;
  const run = [tokens[first].word];
  for (let j = first + 1; j < tokens.length; j++) {
    const w = tokens[j].word;
    if (tokens[j].surface === '-') continue;
    if (isNumberWord(w)) {
      run.push(w);
      last = j;
    } else if (!(JOINERS.has(w) && isNumberWord(tokens[j + 1]?.word ?? ''))) break;
  }
  if (run.length === 1 && ONLY_INSIDE.has(tokens[first].word) && !isTimesOfFrequency(tokens, first)) return null;
  return { value: numberWordsValue(run), first, last };
}
