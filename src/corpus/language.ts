// Language of a document's or a passage's text, for ingestion (the question side has its own in
// text/language.ts, below this layer). Two well-kept
// n-gram detectors, tinyld and franc, must agree; when they do not, the stop words of each
// candidate language (stopword package) decide; when nothing decides, the answer is null and the
// caller keeps what it knew (the document's language) rather than guess.
import { franc } from 'franc-min';
import { eng, fra, spa } from 'stopword';
import { detect } from 'tinyld';

/**
 * Languages told apart at ingestion: the organisation's three official languages. Restricting both
 * detectors to them is what makes short passages reliable (tinyld unrestricted reads many short
 * French passages as Catalan or Italian). A corpus in another language is declared in its sidecars.
 */
export const DETECTED_LANGUAGES = ['fr', 'en', 'es'] as const;
const FRANC_CODES: Record<string, string> = { fra: 'fr', eng: 'en', spa: 'es' };
const STOP_WORDS: Record<string, string[]> = { fr: fra, en: eng, es: spa };

/**
 * Text with fewer letters than this is not detected. On the seed and the team fixture (499
 * sentences) the two detectors, when they agreed, were never wrong down to 10 letters; but a
 * label or a name ("Directora General" in an English menu, a person's name) is one language's
 * words inside another's page, so a passage must hold about a short sentence before it may be
 * said to differ from its page.
 */
export const MIN_DETECTION_CHARS = 60;

const ONLY_HERE = Object.fromEntries(
  Object.entries(STOP_WORDS).map(([language, words]) => {
    const others = new Set(Object.entries(STOP_WORDS).flatMap(([l, w]) => (l === language ? [] : w)));
    return [language, new Set(words.filter((w) => !others.has(w)))];
  }),
) as Record<string, Set<string>>;

function byStopWords(text: string): string | null {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []) {
    for (const [language, words] of Object.entries(ONLY_HERE)) if (words.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[1]?.[1] === ranked[0][1]) return null;
  return ranked[0][0];
}

/** Characters read: two thousand decide as surely as a whole page, and detection time grows with the text. */
const DETECTION_SAMPLE_CHARS = 2000;

function detectors(whole: string): { tiny: string | null; fromFranc: string | null } | null {
  const text = whole.slice(0, DETECTION_SAMPLE_CHARS);
  if (text.replace(/[^\p{L}]/gu, '').length < MIN_DETECTION_CHARS) return null;
  const tiny = detect(text, { only: [...DETECTED_LANGUAGES] }) || null;
  const fromFranc = FRANC_CODES[franc(text, { only: Object.keys(FRANC_CODES), minLength: 1 })] ?? null;
  return { tiny, fromFranc };
}

/** The language of a text (ISO 639-1), or null when it is too short or the evidence does not decide. */
export function detectTextLanguage(text: string): string | null {
  const found = detectors(text);
  if (!found) return null;
  if (found.tiny && found.tiny === found.fromFranc) return found.tiny;
  return byStopWords(text.slice(0, DETECTION_SAMPLE_CHARS));
}

/** The language of a text only when both detectors agree on it: enough to say a passage differs from its page. */
export function confidentLanguage(text: string): string | null {
  const found = detectors(text);
  return found?.tiny && found.tiny === found.fromFranc ? found.tiny : null;
}

/** "fr-FR", "FR", "fr_CA" → "fr": passages carry the primary language subtag. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const primary = tag?.trim().split(/[-_]/)[0].toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
