// French words the Snowball stemmer files under another word's stem although they name another
// thing, and where that thing is one the organisation's pages talk about: a question about one
// quoted sentences about the other. Each word here keeps a stem of its own. Snowball is kept for
// everything else (its rules are right for the inflections of a word); this is only the list of its
// collisions that cost answers, as data, each with why and a pair of texts it must keep apart
// (test/core/stemSplits.test.ts).

export interface StemSplit {
  /** The words (lower case, accents folded) given `stem`: every spelling a page or a visitor writes. */
  words: readonly string[];
  /** Their own stem, one no Snowball stem of another French word takes. */
  stem: string;
  why: string;
  /** A text using one of `words`, and a text with the word Snowball confused them with. */
  example: string;
  other: string;
}

export const STEM_SPLITS: readonly StemSplit[] = Object.freeze([
  {
    words: ['donnee', 'donnees'],
    stem: 'donnee',
    why: 'Data (a noun of its own) got don’s stem, shared with a gift and with giving: "Comment faire un don ?" quoted a privacy policy’s lines on personal data, and a question on migration data could quote the donation page.',
    example: 'Le portail publie des données sur la migration.',
    other: 'Vous pouvez faire un don en ligne.',
  },
  {
    words: ['visa', 'visas'],
    stem: 'visa',
    why: 'A visa got viser’s stem (to aim): every "l’OIM vise à…" sentence said "visa" to a question about visas, on a site where visas are a subject of their own.',
    example: 'Les demandes de visa sont traitées par les consulats.',
    other: 'Le programme vise à protéger les migrants.',
  },
  {
    words: ['communication', 'communications'],
    stem: 'communic',
    why: 'Communication got the stem of commun and commune (common, a municipality): a question on the communication office matched "les communes d’accueil" and "un cadre commun".',
    example: 'Le bureau de la communication répond à la presse.',
    other: 'Les communes d’accueil reçoivent une aide.',
  },
  {
    words: ['interne', 'internes'],
    stem: 'interne',
    why: 'Interne (internal) got the stem "intern", the very term an English intern is indexed under (passages of both languages share one set of terms): "Does IOM give interns a laptop?" quoted "déplacements internes".',
    example: 'Les déplacements internes ont augmenté.',
    other: 'Interns receive a monthly allowance.',
  },
]);

/**
 * The same for English words: the English Snowball stemmer strips -ational, so words of another
 * meaning meet a shorter word's stem.
 */
export const ENGLISH_STEM_SPLITS: readonly StemSplit[] = Object.freeze([
  {
    words: ['international', 'internationally', 'internationals'],
    stem: 'internation',
    why: 'International got the stem of intern: the organisation’s own name ("International Organization for Migration") is on every page, so "Are interns paid anything?" matched every footer, the word weighed nothing, and the careers line on interns’ allowance was not among the passages read.',
    example: 'The International Organization for Migration was founded in 1951.',
    other: 'Interns receive a monthly allowance.',
  },
  {
    words: ['internal', 'internally'],
    stem: 'internal',
    why: 'Internal got the stem of intern too: a question on interns matched "internal displacements" and "internal audits", and read the dictionary’s senses of internal (intérieur) as the intern’s.',
    example: 'The Office of the Inspector General carries out internal audits.',
    other: 'Interns receive a monthly allowance.',
  },
]);

const splitStems = (splits: readonly StemSplit[]): ReadonlyMap<string, string> =>
  new Map(splits.flatMap((s) => s.words.map((w) => [w, s.stem] as const)));
const SPLIT_STEMS = splitStems(STEM_SPLITS);
const ENGLISH_SPLIT_STEMS = splitStems(ENGLISH_STEM_SPLITS);

/** The stem a word keeps apart from Snowball's (lower case, accents folded), or undefined for Snowball's own. */
export function splitStem(foldedWord: string): string | undefined {
  return SPLIT_STEMS.get(foldedWord);
}

/** The same for an English word. */
export function splitEnglishStem(foldedWord: string): string | undefined {
  return ENGLISH_SPLIT_STEMS.get(foldedWord);
}
