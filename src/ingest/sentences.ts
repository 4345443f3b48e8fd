// Sentence splitting in the passage's language. Intl.Segmenter (ICU) finds sentence ends but has
// no abbreviation list in V8, so a split right after a known abbreviation of that language is
// undone here, and a closing quotation mark the segmenter cut off is given back. Without a
// language, every list applies (what the project did before passages knew their language).

/** Abbreviations after which a full stop does not end a sentence, by language (usage in institutional text). */
export const ABBREVIATIONS: Record<string, string[]> = {
  fr: 'M MM Mme Mmes Mlle Dr Pr Me St Ste cf ex p pp art al vol chap env av apr J\\.-C n° sept oct nov déc janv févr'.split(' '),
  en: 'Mr Mrs Ms Dr Prof St No vs e\\.g i\\.e approx min max fig p pp vol al cf Jan Feb Apr Aug Sept Sep Oct Nov Dec Inc Ltd Co'.split(' '),
  es: 'Sr Sra Srta Dr Dra Ud Uds pág núm art p pp ej aprox vol cf ene feb abr ago sept oct nov dic'.split(' '),
};

/** A capital initial ("J. Smith") never ends a sentence, in any language. */
const INITIAL = '[A-ZÀ-Ý]';

function abbreviationPattern(words: string[]): RegExp {
  return new RegExp(`(?:^|[\\s(])(?:${[INITIAL, ...words].join('|')})\\.\\s*$`);
}

/** Marks that only ever close a quotation or an aside (a straight " may open one). */
const CLOSING_MARKS = /^\s*[»”’)\]]+/u;

const ALL_LANGUAGES = abbreviationPattern([...new Set(Object.values(ABBREVIATIONS).flat())]);
const patterns = new Map<string, RegExp>();
const segmenters = new Map<string, Intl.Segmenter>();

function abbreviationsOf(language: string | undefined): RegExp {
  if (!language || !ABBREVIATIONS[language]) return ALL_LANGUAGES;
  const known = patterns.get(language);
  if (known) return known;
  const pattern = abbreviationPattern(ABBREVIATIONS[language]);
  patterns.set(language, pattern);
  return pattern;
}

function segmenterOf(language: string | undefined): Intl.Segmenter {
  const locale = language ?? 'fr';
  const known = segmenters.get(locale);
  if (known) return known;
  const supported = Intl.Segmenter.supportedLocalesOf([locale]).length > 0;
  const segmenter = new Intl.Segmenter(supported ? locale : 'fr', { granularity: 'sentence' });
  segmenters.set(locale, segmenter);
  return segmenter;
}

export function splitSentences(text: string, language?: string): string[] {
  const abbreviation = abbreviationsOf(language);
  const out: string[] = [];
  for (const piece of segmenterOf(language).segment(text)) {
    let segment = piece.segment;
    if (!segment.trim()) continue;
    const last = out.length - 1;
    // A closing mark the segmenter put at the start of the next sentence (the » after "familles. ") ends the one before.
    const closing = last >= 0 ? CLOSING_MARKS.exec(segment) : null;
    if (closing) {
      out[last] += closing[0];
      segment = segment.slice(closing[0].length);
      if (!segment.trim()) continue;
    }
    // After an abbreviation the sentence goes on; punctuation alone belongs to the sentence before.
    if (last >= 0 && (abbreviation.test(out[last]) || !/[\p{L}\p{N}]/u.test(segment))) out[last] += segment;
    else out.push(segment);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
