// The visitor's language for one message. n-gram detectors guess at random on "Merci !", "OK" or
// "171 ?" ("Merci !" came out English), so a message decides only when its own words are clear;
// otherwise the conversation so far decides, then the widget's language, then the page's
// <html lang>, and only then a guess from the message (a conversational phrase's language, else
// the detector). tinyld is the detector text/language.ts uses; here a yes/no is needed (is this
// message clear?), which that module's always-an-answer function does not give.
import { eng, fra } from 'stopword';
import { words } from '../../text/analyzer.js';
import { detectedLanguage, detectLanguage, languageOfDetected } from '../../text/language.js';
import type { Language } from '../../types.js';
import type { HistoryTurn } from '../types.js';

/**
 * Stop words of one language only, counted for and against: at two more of one language than of
 * the other the message is clear ("Who are you?", "Et en 2019 ?"); one ("Thank you") is not, since
 * one word of the other language is common in a visitor's message (a name, a borrowed word).
 */
export const MIN_STOP_WORD_MARGIN = 2;
/**
 * Below four words the n-gram detector guesses ("Merci !" and "When?" came out wrong); from four
 * words on it is trusted unless the stop words point the other way. Measured on
 * test/fixtures/conversation/short-messages.jsonl (54/54) and the 270 labelled questions of the
 * question sets (265 clear, none wrong; requiring franc-min to agree too left 256 clear, none wrong).
 */
export const MIN_WORDS_FOR_DETECTOR = 4;

const ENGLISH_ONLY = new Set(eng.filter((w: string) => !fra.includes(w)));
const FRENCH_ONLY = new Set(fra.filter((w: string) => !eng.includes(w)));

export type LanguageSource = 'message' | 'history' | 'widget' | 'page' | 'guess';

export interface LanguageHints {
  history?: readonly HistoryTurn[];
  /** The widget's (or API client's) language. */
  lang?: Language;
  /** The host page's <html lang>, reduced to a supported language. */
  pageLang?: Language;
  /** A guess from the message's own wording (a conversational phrase only one language writes). */
  guess?: Language | null;
}

/** A word with a letter (numbers are no language's). A module constant: under tsx (tests, scripts) esbuild compiles a \p{…} regex literal anew at each call (scripts/build.mjs says why dist no longer does). */
const LETTER = /\p{L}/u;

/** English stop words minus French ones (positive: English). */
function stopWordMargin(tokens: string[]): number {
  let margin = 0;
  for (const w of tokens) {
    if (ENGLISH_ONLY.has(w)) margin++;
    if (FRENCH_ONLY.has(w)) margin--;
  }
  return margin;
}

/** The language a text is clearly written in, or null when its words do not say (short, numbers, names). */
export function clearLanguage(text: string): Language | null {
  return readLanguage(text).clear;
}

/**
 * clearLanguage, with the detector's answer when it was asked (undefined when the stop words
 * decided or the text is short): a message that is not clear is guessed from that same answer
 * (resolveLanguage) rather than detected a second time. `fallback`: the language an unclear
 * message would be given (settleLanguage); when its stop words lean to it, the detector can only
 * make the message clear in that language or leave it unclear, both giving that language, so it
 * is not asked and the message reads as clear in it (the source is then unknown, the language not).
 */
function readLanguage(text: string, fallback?: Language): { clear: Language | null; detected?: string } {
  const tokens = words(text).filter((w) => LETTER.test(w));
  const margin = stopWordMargin(tokens);
  if (Math.abs(margin) >= MIN_STOP_WORD_MARGIN) return { clear: margin > 0 ? 'en' : 'fr' };
  if (tokens.length < MIN_WORDS_FOR_DETECTOR) return { clear: null };
  if (margin !== 0 && (margin > 0 ? 'en' : 'fr') === fallback) return { clear: fallback };
  const detected = detectedLanguage(text);
  if (detected !== 'en' && detected !== 'fr') return { clear: null, detected };
  // A stop word of the other language against the detector: too mixed to say.
  if ((detected === 'en' && margin < 0) || (detected === 'fr' && margin > 0)) return { clear: null, detected };
  return { clear: detected, detected };
}

/**
 * The conversation's language: the most recent turn whose words are clear. An assistant turn is read
 * by its first line, which is the assistant's own words (a lead-in, a reply), not quoted passages.
 */
export function conversationLanguage(history: readonly HistoryTurn[]): Language | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i];
    const text = turn.role === 'assistant' ? turn.content.split('\n')[0] : turn.content;
    const language = clearLanguage(text);
    if (language) return language;
  }
  return null;
}

export function resolveLanguage(message: string, hints: LanguageHints = {}): { language: Language; source: LanguageSource } {
  return settle(message, readLanguage(message), hints);
}

/**
 * resolveLanguage's language, without its source: with no conversation yet, a message whose stop
 * words lean to the widget's (or page's) language gets that language without the detector, which
 * could only confirm it (readLanguage's fallback). The detector was a fifth of such a question's
 * offline answer (about 0.13 ms of tinyld for "L'OIM a combien de membres ?", in-process timing),
 * and 17 of the probe set's 151 questions are such.
 */
export function settleLanguage(message: string, hints: LanguageHints = {}): Language {
  const fallback = hints.history?.length ? undefined : (hints.lang ?? hints.pageLang);
  return settle(message, readLanguage(message, fallback), hints).language;
}

function settle(
  message: string,
  read: ReturnType<typeof readLanguage>,
  hints: LanguageHints,
): { language: Language; source: LanguageSource } {
  const own = read.clear;
  if (own) return { language: own, source: 'message' };
  const spoken = conversationLanguage(hints.history ?? []);
  if (spoken) return { language: spoken, source: 'history' };
  if (hints.lang) return { language: hints.lang, source: 'widget' };
  if (hints.pageLang) return { language: hints.pageLang, source: 'page' };
  const guess = hints.guess ?? (read.detected === undefined ? detectLanguage(message) : languageOfDetected(message, read.detected));
  return { language: guess, source: 'guess' };
}
