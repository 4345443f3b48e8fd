// What the corpus itself says about its acronyms and names, read from its text at ingestion: the
// acronyms it writes, how it spells each out ("Organisation internationale pour les migrations
// (OIM)", "The Displacement Tracking Matrix (DTM)"), and its names of several capitalised words
// ("Nations Unies"). A question's acronym is then read against these, never against the letters of
// arbitrary words: no anagram of a common word, no person's initials taken for an agency.
import { foldAccents, isStopWord } from './analyzer.js';

/** Letters of an acronym: 2 to 6 capitals (OIM, UNHCR, CEDEAO). */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;
/** Words a spelled-out name may hold without giving a letter ("pour les", "of the", "et"). */
const isConnector = (word: string) => isStopWord(word.toLowerCase(), 'en');
/** A spelled-out form may leave out this many content words of its name (HCR: Haut-Commissariat des Nations Unies pour les réfugiés). */
// Module constants: under tsx (tests, scripts) esbuild compiles a \p{…} regex literal anew at each call (scripts/build.mjs says why dist no longer does).
const ELIDED_WORD = /^(.*?(?:l|d|j|m|n|s|t|c|qu))['’](\p{L}{2,}.*)$/iu;
const LETTER = /\p{L}/u;

const MAX_SKIPPED_WORDS = 3;
/** The words before "(ACR)" searched for its spelled-out form. */
const MAX_EXPANSION_WORDS = 12;

interface Placed {
  word: string;
  index: number;
}

/**
 * Words of a text as written with where they start: hyphenated words split ("Haut-Commissariat"
 * gives H and C), an elided article dropped even when a heading is glued before it
 * ("nousL'Organisation" gives Organisation), an English possessive kept with its word.
 */
function placedWords(text: string): Placed[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)?/gu)].map((m) => {
    const elided = ELIDED_WORD.exec(m[0]);
    if (!elided) return { word: m[0], index: m.index };
    const cut = elided[1].length + 1;
    return { word: m[0].slice(cut), index: m.index + cut };
  });
}

/** Words of a text as written (see placedWords). */
export function nameWords(text: string): string[] {
  return placedWords(text).map((p) => p.word);
}

/** A place written in capitals before a date, as a news release's dateline ("GENÈVE, 19 septembre 2016 –", "DAKAR (Sénégal), le 3 novembre"). */
const DATELINE = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*\s*(?:\([^)]{1,40}\))?\s*,\s*(?:le\s+)?\d{1,2}/gu;

/**
 * Acronyms the corpus writes in running text: all-capital words of 2–6 letters on lines that also
 * have lower-case letters (a heading in capitals is not an acronym), outside a dateline (the place
 * of "GENEVA, 19 September 2016 –" is not one either).
 */
export function findAcronyms(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (!/\p{Ll}/u.test(line)) continue;
      for (const m of line.replace(DATELINE, (d) => d.replace(/\p{Lu}/gu, '_')).matchAll(ACRONYM)) found.add(foldAccents(m[0]));
    }
  }
  return [...found].sort();
}

/**
 * The words just before "(ACR)" that spell it out: read backwards, each letter of the acronym is
 * the initial of a word, connectors give none, and at most MAX_SKIPPED_WORDS other words are left
 * out; the form starts at the word giving the first letter. Null when the words do not spell it.
 */
export function spelledOutBefore(before: string, acronym: string): string | null {
  const tokens = placedWords(before).slice(-MAX_EXPANSION_WORDS);
  const letters = [...foldAccents(acronym).toLowerCase()];
  let next = letters.length - 1;
  let skipped = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const { word, index } = tokens[i];
    if (foldAccents(word[0]).toLowerCase() === letters[next]) {
      if (next === 0) return before.slice(index).trim();
      next--;
    } else if (!isConnector(word)) {
      skipped++;
      // The word just before the brackets gives the last letter; others may be left out, a few.
      if (next === letters.length - 1 || skipped > MAX_SKIPPED_WORDS) return null;
    }
  }
  return null;
}

/** Each acronym the corpus spells out, with its forms as the corpus writes them ("… (OIM)"). */
export function findExpansions(texts: string[], acronyms: string[]): Record<string, string[]> {
  const known = new Set(acronyms);
  const out = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
      const acronym = foldAccents(m[1]);
      if (!known.has(acronym)) continue;
      const sentence =
        text
          .slice(Math.max(0, m.index - 300), m.index)
          .split(/[.!?;:\n]/)
          .pop() ?? '';
      const form = spelledOutBefore(sentence, acronym);
      if (form) out.set(acronym, (out.get(acronym) ?? new Set()).add(form));
    }
  }
  return Object.fromEntries([...out].map(([a, forms]) => [a, [...forms].sort()]));
}

/** Content words of a spelled-out form or a name: what gives its letters. */
export function contentWords(form: string): string[] {
  return withoutConnectors(nameWords(form));
}

/** Words of a form as written, less its connectors: contentWords of words already split (letters only, no elision). */
export function withoutConnectors(words: readonly string[]): string[] {
  return words.filter((w) => !isConnector(w));
}

/** Names of 2–6 capitalised content words the corpus writes in running text ("Nations Unies", "World Health Organization"). */
export function findNames(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (!/\p{Ll}/u.test(line)) continue;
      for (const m of line.matchAll(/\p{Lu}[\p{Ll}’'-]+(?:\s+(?:(?:\p{Ll}{1,4}\s+){0,2})\p{Lu}[\p{Ll}’'-]+)+/gu)) {
        const words = contentWords(m[0]).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
        if (words.length >= 2 && words.length <= 6) found.add(words.join(' '));
      }
    }
  }
  return [...found].sort();
}

/** What ingestion records of the corpus's acronyms and names (saved in the glossary). */
export interface AcronymData {
  acronyms: string[];
  /** Acronym → its spelled-out forms, as the corpus writes them. */
  expansions: Record<string, string[]>;
  names: string[];
  /** Spelled-out form or name → for each content word, the initials of its forms in other languages (itself included). */
  initials: Record<string, string[]>;
}

/** For each content word of a form, the sorted initials of the word and of its translations. */
export function initialsOf(form: string, translationsOf: (word: string) => string[]): string[] {
  return contentWords(form).map((w) => {
    const letters = new Set([w, ...translationsOf(w.toLowerCase())].map((t) => foldAccents(t[0] ?? '').toLowerCase()));
    return [...letters]
      .filter((l) => LETTER.test(l))
      .sort()
      .join('');
  });
}

export function acronymData(texts: string[], translationsOf: (word: string) => string[]): AcronymData {
  const acronyms = findAcronyms(texts);
  const expansions = findExpansions(texts, acronyms);
  const names = findNames(texts);
  const initials: Record<string, string[]> = {};
  for (const form of [...Object.values(expansions).flat(), ...names]) initials[form] = initialsOf(form, translationsOf);
  return { acronyms, expansions, names, initials };
}
