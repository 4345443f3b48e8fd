// Which part of speech a French word is written as, read from the word before it; and which one an
// English question word can be. Snowball gives a noun and a verb of different meanings one stem
// ("la traite" trafficking, "il traite" he handles; "les fonds" funds, "fonder" to found), and a
// verb may even be written in the noun's spelling ("L'OIM ne traite pas…"), so neither stems nor
// written forms tell them apart: the word before does. Hand-written: no maintained package tags
// French parts of speech offline, and these few closed-class words are all a reading needs.
import lexicon from 'wink-lexicon/src/lexicon.js';
import { normalizeText, type TextLanguage, wordTerms, isTextStopWord } from './analyzer.js';

export type WordClass = 'noun' | 'verb';

/**
 * What the word right before a French word says it is, each rule with why and an example pair
 * (test/core/wordClass.test.ts). Closed classes only: the words that can stand there are few and
 * never nouns or verbs themselves. Deliberately left out: auxiliaries ("est président", "a droit":
 * a predicate noun follows them as often as a participle) and "à" (before an infinitive or a noun
 * alike: "à traiter", "à Genève").
 */
export const BEFORE_RULES: ReadonlyArray<{ id: string; class: WordClass; words: readonly string[]; why: string }> = [
  {
    id: 'subject-pronoun',
    class: 'verb',
    words: ['je', 'j', 'tu', 'il', 'elle', 'on', 'ils', 'elles', 'qui'],
    why: 'a subject pronoun (or the relative "qui") is followed by its verb: "elle traite les demandes", "qui fonde"',
  },
  {
    id: 'negation',
    class: 'verb',
    words: ['ne', 'n'],
    why: 'negation stands before a verb: "L\'OIM ne traite pas les demandes"',
  },
  {
    id: 'reflexive',
    class: 'verb',
    words: ['se', 's'],
    why: 'a reflexive pronoun stands before a verb: "la politique se fonde sur"',
  },
  {
    id: 'infinitive-after-preposition',
    class: 'verb',
    words: ['pour', 'sans'],
    why: '"pour" or "sans" before a word with an infinitive\'s ending introduces the verb: "pour traiter la migration" (before any other word, a noun: "pour information")',
  },
  {
    id: 'determiner',
    class: 'noun',
    words: [
      ...['le', 'la', 'l', 'les', 'un', 'une', 'des', 'du', 'au', 'aux'],
      ...['ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes'],
      ...['chaque', 'plusieurs', 'quelques', 'aucun', 'aucune'],
    ],
    why: 'an article or a determiner introduces a noun: "la traite des personnes", "les fonds"',
  },
];

/**
 * Object pronouns between a subject (or negation) and its verb: "elle les traite", "ne la fonde
 * pas". Read past them, the word before says verb; they are articles otherwise ("les fonds").
 */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set('le la l les lui leur y en me m te t nous vous'.split(' '));

/**
 * "de" before a noun without article ("appel de fonds", "cas de traite"), or before an infinitive
 * ("décide de fonder"): a noun unless the word has an infinitive's ending.
 */
const DE: ReadonlySet<string> = new Set(['de', 'd']);

/** Prepositions whose rule holds only before an infinitive's ending (-er, -ir: "-re" ends too many nouns, "pour membre"). */
const AFTER_PREPOSITION: ReadonlySet<string> = new Set(BEFORE_RULES.find((r) => r.id === 'infinitive-after-preposition')?.words);
const INFINITIVE_ENDING = /(?:er|ir)$/;

const CLASS_BEFORE = new Map<string, WordClass>(
  BEFORE_RULES.filter((r) => r.id !== 'infinitive-after-preposition').flatMap((r) => r.words.map((w) => [w, r.class] as const)),
);

/**
 * A French lemma's verb shape: every French verb's dictionary form is its infinitive (-er, -ir,
 * -re, -oir). Many nouns end so too (dossier, membre, pouvoir): the shape says a word may be a
 * verb, never that it is one.
 */
const INFINITIVE = /(?:er|ir|re)$/;

export function hasInfinitiveShape(word: string): boolean {
  return INFINITIVE.test(word);
}

/** A token of a text as the analyser reads it, with the elided word glued before it ("l'", "n'"). */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const ELIDED = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'/;

/** The words of a text with elisions split off as words of their own ("l'oim" → l, oim). */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).match(TOKEN) ?? []) {
    const elided = ELIDED.exec(m);
    if (elided) out.push(elided[1], m.slice(elided[0].length).replace(/'s$/, ''));
    else out.push(m.replace(/'s$/, ''));
  }
  return out;
}

/** The class the words before a French word give it (see BEFORE_RULES), or null. */
export function classFromBefore(word: string, before: string | undefined, twoBefore: string | undefined): WordClass | null {
  if (before === undefined) return null;
  if (OBJECT_PRONOUNS.has(before) && twoBefore !== undefined && CLASS_BEFORE.get(twoBefore) === 'verb') return 'verb';
  if (DE.has(before)) return hasInfinitiveShape(word) ? null : 'noun';
  if (AFTER_PREPOSITION.has(before)) return INFINITIVE_ENDING.test(word) ? 'verb' : null;
  return CLASS_BEFORE.get(before) ?? null;
}

/**
 * The terms of a French text whose every occurrence reads as one class (a term read once as a noun
 * and once without a reading is left out: only a term that is never the other word is excluded).
 * Other languages: none (the rules are French).
 */
export function termClasses(text: string, language: TextLanguage): ReadonlyMap<string, WordClass> {
  const out = new Map<string, WordClass | null>();
  if (language !== 'fr') return NONE;
  // Line by line: a line's first word is not read from the end of the line above (a heading, a list item).
  for (const line of text.split('\n')) {
    const all = tokens(line);
    for (let i = 0; i < all.length; i++) {
      const word = all[i];
      if (isTextStopWord(word, language)) continue;
      const read = classFromBefore(word, all[i - 1], all[i - 2]);
      for (const term of wordTerms(word, language)) out.set(term, out.has(term) && out.get(term) !== read ? null : read);
    }
  }
  for (const [term, read] of out) if (read === null) out.delete(term);
  return out as ReadonlyMap<string, WordClass>;
}

const NONE: ReadonlyMap<string, WordClass> = new Map();

/**
 * British spellings wink-lexicon (American) lacks, each rewritten to the American one it lists:
 * "Does IOM organise concerts…" was read with no verb ("organise" unknown, so a noun), its focus
 * the verb itself. Tried only for a word the lexicon does not know ("premise", "wise" are listed).
 */
const AMERICAN_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s|ed|ing)?$/, 'or$1'],
];

function listedTags(word: string): readonly string[] | null {
  const tags = (lexicon as Record<string, string[] | undefined>)[word];
  return Array.isArray(tags) ? tags : null;
}

/** Penn tags of wink-lexicon (most frequent use first) for the word or its American spelling, or none for a word it does not know. */
function tagsOf(word: string): readonly string[] {
  const listed = listedTags(word);
  if (listed) return listed;
  for (const [british, american] of AMERICAN_SPELLINGS) {
    if (!british.test(word)) continue;
    const tags = listedTags(word.replace(british, american));
    if (tags) return tags;
  }
  return [];
}

/**
 * Is an English word mostly a verb: wink-lexicon lists its tags most frequent use first, and the first
 * is a verb's ("apply", "find", "help"; not "support", "offer", "work", whose first use is the noun).
 */
export function englishMainlyVerb(word: string): boolean {
  return tagsOf(word.toLowerCase())[0]?.startsWith('VB') ?? false;
}

/** Is an English word mostly a noun: its first wink-lexicon tag is a noun's, or wink does not know it (see englishWordClass). */
export function englishMainlyNoun(word: string): boolean {
  return tagsOf(word.toLowerCase())[0]?.startsWith('NN') ?? true;
}

/**
 * What an English question word can be, from wink-lexicon's tags: 'verb' when it is a verb (or a
 * participle's adjective) and never a noun ("founded", "launched"); 'noun' when it is never a verb,
 * a noun or an adjective ("origin", "human"; a word wink does not know, such as "trafficking", too:
 * a question's unlisted words are its rarer topic nouns); null when it can be both ("aid", "funds").
 */
export function englishWordClass(word: string): WordClass | null {
  const tags = tagsOf(word.toLowerCase());
  if (!tags.length) return 'noun';
  const verb = tags.some((t) => t.startsWith('VB'));
  const noun = tags.some((t) => t.startsWith('NN'));
  if (verb && !noun) return 'verb';
  if (!verb) return 'noun';
  return null;
}
