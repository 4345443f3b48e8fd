// The visitor's language for one message. n-gram detectors guess at random on "Merci !", "OK" or
// "171 ?" ("Merci !" came out English), so a message decides only when its own words are clear;
// otherwise the conversation so far decides, then the widget's language, then the page's
// <html lang>, and only then a guess from the message (a conversational phrase's language, else
// the detector). tinyld and franc are the same well-kept detectors retrieve/language.ts combines;
// here their agreement is needed as a yes/no (is this message clear?), which that module does not expose.
import { franc } from 'franc-min';
import { eng, fra } from 'stopword';
import { detect } from 'tinyld';
import { words } from '../../retrieve/analyzer.js';
import { detectLanguage } from '../../retrieve/language.js';
import type { Language } from '../../types.js';
import type { HistoryTurn } from '../types.js';

/**
 * Stop words of one language only, counted for and against: at two more of one language than of
 * the other the message is clear ("Who are you?", "Et en 2019 ?"); one ("Thank you") is not, since
 * one word of the other language is common in a visitor's message (a name, a borrowed word).
 */
export const MIN_STOP_WORD_MARGIN = 2;
/**
 * Below four words the two n-gram detectors agree by chance as often as not ("Merci !" and
 * "When?" both came out wrong from one of them); from four words on, their agreement is trusted
 * unless the stop words point the other way. Measured on test/fixtures/conversation/short-messages.jsonl
 * and the labelled question sets (test/conversation/language.test.ts).
 */
export const MIN_WORDS_FOR_DETECTORS = 4;

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
  const tokens = words(text).filter((w) => /\p{L}/u.test(w));
  const margin = stopWordMargin(tokens);
  if (Math.abs(margin) >= MIN_STOP_WORD_MARGIN) return margin > 0 ? 'en' : 'fr';
  if (tokens.length < MIN_WORDS_FOR_DETECTORS) return null;
  const tiny = detect(text, { only: ['en', 'fr'] });
  const code = franc(text, { only: ['fra', 'eng'], minLength: 1 });
  const fromFranc = code === 'eng' ? 'en' : code === 'fra' ? 'fr' : null;
  if (!tiny || tiny !== fromFranc) return null;
  // One stop word of the other language against two agreeing detectors: still too mixed to say.
  if ((tiny === 'en' && margin < 0) || (tiny === 'fr' && margin > 0)) return null;
  return tiny;
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
  const own = clearLanguage(message);
  if (own) return { language: own, source: 'message' };
  const spoken = conversationLanguage(hints.history ?? []);
  if (spoken) return { language: spoken, source: 'history' };
  if (hints.lang) return { language: hints.lang, source: 'widget' };
  if (hints.pageLang) return { language: hints.pageLang, source: 'page' };
  return { language: hints.guess ?? detectLanguage(message), source: 'guess' };
}
