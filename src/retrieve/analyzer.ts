// French-first text analysis shared by the lexical channel, the local embedder and the answerers.
import snowball from 'snowball-stemmers';
import { eng, fra } from 'stopword';

const frenchStemmer = snowball.newStemmer('french');
const englishStemmer = snowball.newStemmer('english');

// Elided articles and pronouns glued to the next word by an apostrophe (l'OIM, qu'elle, jusqu'à).
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/i;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

// stopword's lists are the well-kept base; these are question words and fillers that the lists
// leave in but that carry no topic (a question "how many" must not match on "many").
const EXTRA_STOP = [
  'quel', 'quelle', 'quels', 'quelles', 'combien', 'comment', 'pourquoi', 'quand', 'qui', 'quoi', 'où',
  'est-ce', 'sont', 'ont', 'fait', 'font', 'peut', 'peuvent', 'cela', 'ceci', 'ça', 'dont', 'leurs',
  'what', 'which', 'who', 'whom', 'how', 'many', 'much', 'when', 'why', 'where', 'does', 'did', 'do',
  'is', 'are', 'was', 'were', 'be', 'been', 'can', 'could', 'would', 'should', 'tell', 'me', 'please',
  'about', 'there', 'its', 'it', 'the', 'a', 'an', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'has', 'have',
];
const STOP = new Set([...fra, ...eng, ...EXTRA_STOP].map((w) => foldAccents(w.toLowerCase())));

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Lower-case, unify apostrophes, NFC: the form every other step expects. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/[’‘`´]/g, "'").toLowerCase();
}

/** Words of a text, lower-cased, elisions removed ("l'Organisation" → "organisation"). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).matchAll(WORD)) {
    // English possessive ("IOM's") is dropped like a French elision.
    const w = m[0].replace(ELISION, '').replace(/'s$/, '');
    if (w) out.push(w);
  }
  return out;
}

export function isStopWord(word: string): boolean {
  return STOP.has(foldAccents(word));
}

/** The index term of one word: French Snowball stem with accents folded afterwards (the stemmer needs them). */
export function stem(word: string): string {
  return foldAccents(frenchStemmer.stem(word));
}

export function englishStem(word: string): string {
  return englishStemmer.stem(word);
}

/** Content terms of a text: elision-stripped, stop words out, stemmed, accent-folded. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (isStopWord(w)) continue;
    const s = stem(w);
    if (s) out.push(s);
  }
  return out;
}
