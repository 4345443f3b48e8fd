// Reads a message before any retrieval: a conversational turn (the whole message is a greeting,
// thanks, "who are you?"…), or a question, possibly after a greeting or thanks that is stripped
// ("Bonjour, quand l'OIM a-t-elle été créée ?" is answered as "quand l'OIM a-t-elle été créée ?").
import type { Language } from '../../types.js';
import { CONVERSATIONAL_KINDS, type ConversationalKind, type SmalltalkKind } from './catalogue.js';
import { type MessageWords, messageWords, wordCount } from './tokens.js';

export type TurnReading =
  | {
      type: 'smalltalk';
      kind: SmalltalkKind;
      /** A greeting or thanks before it ("Bonjour, qui êtes-vous ?"). */
      opener: SmalltalkKind | null;
      /** The language its wording belongs to, when only one of them writes it so ("merci"), else null ("ok"). */
      language: Language | null;
    }
  | {
      type: 'question';
      /** The message without the greeting or thanks around it; the message itself when there were none. */
      question: string;
      /**
       * The question's words as messageWords reads them, joined by spaces (its `text`): read here once,
       * for the steps after that compare questions by their words (follow-ups), rather than again.
       */
      words: string;
      opener: SmalltalkKind | null;
    };

interface Compiled {
  entry: ConversationalKind;
  language: Language;
  whole: RegExp;
  prefix: RegExp;
  suffix: RegExp;
}

const COMPILED: Compiled[] = CONVERSATIONAL_KINDS.flatMap((entry) =>
  (Object.entries(entry.patterns) as Array<[Language, string[]]>).flatMap(([language, patterns]) =>
    patterns.map((p) => ({
      entry,
      language,
      whole: new RegExp(`^(?:${p})$`),
      prefix: new RegExp(`^(?:${p})(?= |$)`),
      suffix: new RegExp(`(?:^| )(?:${p})$`),
    })),
  ),
);

/**
 * One test for "does any pattern match?" before the pattern-by-pattern search: most messages are
 * questions that none matches, and testing each of the catalogue's patterns in turn was 1–2% of an
 * offline chat request's CPU (bench:chat's profile). The same patterns, so the same answer.
 */
function anyOf(patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
}
const ANY_WHOLE = anyOf(COMPILED.map((c) => c.whole));
const ANY_OPENER = anyOf(COMPILED.filter((c) => c.entry.opens).map((c) => c.prefix));
const ANY_CLOSER = anyOf(COMPILED.filter((c) => c.entry.closes).map((c) => c.suffix));
/**
 * Every pattern as an opening. A pattern covering the whole text also opens it (the text's end is
 * its lookahead's end), and the openers are some of the patterns: a text none opens is no whole
 * turn and has no opener, which is what most messages (questions) are, so they are read with this
 * one test where the whole-turn and opener tests were two (each a pass over the whole catalogue).
 */
const ANY_START = anyOf(COMPILED.map((c) => c.prefix));

/** Openers stripped one after another at most this often ("Bonjour, merci, et…"): a message is not a list of greetings. */
const MAX_OPENERS = 3;
/** Punctuation that ends an opening word ("OK, …", "Bonjour ! …"). */
const SEPARATOR = /^[\s]*[,.!;:…?¿¡-]/;

/** The kind whose pattern covers the whole text, and the language of its wording when only one language matches. */
export function wholeMatch(text: string): { kind: SmalltalkKind; language: Language | null } | null {
  if (!ANY_WHOLE.test(text)) return null;
  const hits = COMPILED.filter((c) => c.whole.test(text));
  if (!hits.length) return null;
  const kind = hits[0].entry.kind;
  const languages = new Set(hits.filter((h) => h.entry.kind === kind).map((h) => h.language));
  return { kind, language: languages.size === 1 ? [...languages][0] : null };
}

/** The message's words from word `start` on, joined as its `text` joins them (that text itself from the first word). */
function wordsFrom(message: MessageWords, start: number): string {
  return start === 0 ? message.text : message.words.slice(start).join(' ');
}

/** The longest opener at word `start`, as a number of words. */
function openerAt(message: MessageWords, start: number): { kind: SmalltalkKind; words: number } | null {
  const text = wordsFrom(message, start);
  if (!ANY_OPENER.test(text)) return null;
  let best: { kind: SmalltalkKind; words: number } | null = null;
  for (const c of COMPILED) {
    if (!c.entry.opens) continue;
    const m = c.prefix.exec(text);
    if (!m) continue;
    const words = wordCount(m[0]);
    if (start + words >= message.words.length) continue;
    if (c.entry.opens === 'punctuated' && !punctuatedAfter(message, start + words)) continue;
    if (!best || words > best.words) best = { kind: c.entry.kind, words };
  }
  return best;
}

function punctuatedAfter(message: MessageWords, nextWord: number): boolean {
  const previous = message.starts[nextWord - 1] + message.words[nextWord - 1].length;
  return SEPARATOR.test(message.original.slice(previous, message.starts[nextWord]));
}

/** Words of a closing thanks at the end ("… ? Merci beaucoup"), or 0. */
function closerWords(message: MessageWords, start: number): number {
  const text = wordsFrom(message, start);
  if (!ANY_CLOSER.test(text)) return 0;
  let longest = 0;
  for (const c of COMPILED) {
    if (!c.entry.closes) continue;
    const m = c.suffix.exec(text);
    if (m) longest = Math.max(longest, wordCount(m[0]));
  }
  return start + longest < message.words.length ? longest : 0;
}

export function recogniseTurn(message: string): TurnReading {
  const words = messageWords(message);
  const opens = words.words.length > 0 && ANY_START.test(words.text);
  const whole = opens ? wholeMatch(words.text) : null;
  if (whole) return { type: 'smalltalk', ...whole, opener: null };

  let start = 0;
  let opener: SmalltalkKind | null = null;
  for (let i = 0; opens && i < MAX_OPENERS; i++) {
    const found = openerAt(words, start);
    if (!found) break;
    opener ??= found.kind;
    start += found.words;
    const rest = wholeMatch(wordsFrom(words, start));
    if (rest) return { type: 'smalltalk', ...rest, opener };
  }
  const end = words.words.length - closerWords(words, start);
  if (start === 0 && end === words.words.length) return { type: 'question', question: message.trim(), words: words.text, opener: null };
  const from = words.starts[start];
  const to = end < words.words.length ? words.starts[end] : message.length;
  // Cut at the starts of words, the question holds the same words as the message between them.
  return { type: 'question', question: message.slice(from, to).trim(), words: words.words.slice(start, end).join(' '), opener };
}
