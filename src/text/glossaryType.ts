// The glossary an index carries (glossary.json): what buildGlossary.ts makes at ingestion and the
// question-time readers (glossary.ts, entryKeys.ts, acronyms) read. A type of its own so that
// neither side imports the other.

export interface Glossary {
  source: string | null;
  /** English entry key (englishEntryKey) → French words (surface forms) whose stems occur in the corpus's French passages. */
  entries: Record<string, string[]>;
  /** French stem → English words whose stems occur in the corpus's English passages (absent: none, or an older index). */
  toEnglish?: Record<string, string[]>;
  /**
   * French stem the corpus's French passages have → every English word the dictionary gives for a
   * French word of that stem, whether or not the corpus writes it in English: what a passage word
   * can mean (retrieve/wordSenses.ts). toEnglish keeps only the English an English passage writes,
   * so on a French-only corpus it is empty and no translation's senses could be told apart.
   * Absent (an older index, or no dictionary installed): toEnglish stands in.
   */
  senses?: Record<string, string[]>;
  /**
   * Entry keys of derived English words the dictionary has an entry for, whatever the corpus has
   * (only those whose base has entries to lend): such a word never borrows its base's (see entryKeyOf).
   * Absent (an older index): none.
   */
  derived?: string[];
  /** Acronyms written in the corpus (OIM, ONU…), outside datelines and headings in capitals (see acronyms.ts). */
  acronyms: string[];
  /** Acronym → its spelled-out forms as the corpus writes them ("Organisation internationale pour les migrations"). */
  expansions?: Record<string, string[]>;
  /** Names of several capitalised words the corpus writes ("Nations Unies"). */
  names?: string[];
  /** Spelled-out form or name → for each content word, the initials of its translations (IOM from OIM's form). */
  initials?: Record<string, string[]>;
  /** Dictionary words of 2–6 letters: typed in lower case, such a word is not read as an acronym ("how" is no WHO). */
  shortWords?: string[];
  /**
   * English stem of a question word → the corpus's English words WordNet gives as its synonyms
   * (synonyms.ts). Absent (an older index, or WordNet not installed): none.
   */
  synonyms?: Record<string, string[]>;
  /** Stems known only as verbs, adjectives or adverbs (see weakStems). */
  weak: { fr: string[]; en: string[] };
}

export const EMPTY_GLOSSARY: Glossary = {
  source: null,
  entries: {},
  toEnglish: {},
  acronyms: [],
  expansions: {},
  names: [],
  initials: {},
  shortWords: [],
  weak: { fr: [], en: [] },
};
