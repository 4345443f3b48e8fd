// The offline default embedder: feature hashing of stemmed words and of character n-grams.
// Stems make French inflections meet (objectif/objectifs); n-grams of accent-folded words let
// English questions meet French cognates (objectives/objectifs, climate/climatique). It is
// deterministic, needs no download, and is cheap enough to embed 100k passages in seconds.
import { Embeddings } from '@langchain/core/embeddings';
import { MemoUntilFull } from '../lib/memo.js';
import { foldAccents, isStopWord, wordTerms, words } from '../text/analyzer.js';

// v2: accented words also yield the stem of their accent-free spelling.
export const LOCAL_EMBEDDER_VERSION = 'local-hash-v3';

const STEM_WEIGHT = 1;
const NGRAM_WEIGHT = 0.35;
const NGRAM_SIZES = [3, 4];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a from a running hash: a fast, well-distributed 32-bit hash; the sign bit of a second mix spreads collisions. */
function hashFrom(h: number, text: string, start = 0, end = text.length): number {
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** The running hashes of the features' prefixes: a word's stem is hashed as `w:stem`, an n-gram as `#gram`. */
const STEM_PREFIX = hashFrom(FNV_OFFSET, 'w:');
const NGRAM_PREFIX = hashFrom(FNV_OFFSET, '#');

/** Adds a feature by its hash (hashFrom's value for the whole feature). */
function addFeature(vector: Float32Array, running: number, weight: number): void {
  vector[bucketOf(running, vector.length)] += signOf(running) * weight;
}

/** A content word's n-gram features, by vector size: its buckets and signs in the order they are added, and their shared weight. */
interface WordGrams {
  readonly buckets: Int32Array;
  readonly signs: Int8Array;
  readonly weight: number;
}

/**
 * Words whose n-gram features are remembered, per vector size, before starting over: a question's
 * and the corpus's words, a few thousand. Hashing every n-gram of every word was most of embedding a
 * question (5% of an uncached offline answer's CPU, in-process profile), and a word's features are a
 * pure function of the word and the vector size.
 */
const WORD_GRAMS_KEPT = 50_000;
const wordGramsBySize = new Map<number, MemoUntilFull<WordGrams>>();

/** The bucket and sign addFeature gives a feature's hash. */
function bucketOf(running: number, dimensions: number): number {
  return (running >>> 0) % dimensions;
}
function signOf(running: number): number {
  const h = running >>> 0;
  return (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) & 0x80000000) === 0 ? 1 : -1;
}

/** A content word's n-grams (`#gram` of the accent-folded word padded with `_`), hashed; remembered per word. */
function wordGrams(word: string, dimensions: number): WordGrams {
  let memo = wordGramsBySize.get(dimensions);
  if (!memo) {
    memo = new MemoUntilFull<WordGrams>(WORD_GRAMS_KEPT);
    wordGramsBySize.set(dimensions, memo);
  }
  const known = memo.get(word);
  if (known !== undefined) return known;
  const padded = `_${foldAccents(word)}_`;
  let grams = 0;
  for (const n of NGRAM_SIZES) if (padded.length >= n) grams += padded.length - n + 1;
  const buckets = new Int32Array(grams);
  const signs = new Int8Array(grams);
  let k = 0;
  for (const n of NGRAM_SIZES)
    for (let i = 0; i + n <= padded.length; i++, k++) {
      const running = hashFrom(NGRAM_PREFIX, padded, i, i + n);
      buckets[k] = bucketOf(running, dimensions);
      signs[k] = signOf(running);
    }
  // Each word's n-grams share one word's worth of weight, so long words do not dominate.
  return memo.set(word, { buckets, signs, weight: NGRAM_WEIGHT / Math.sqrt(grams) });
}

/**
 * The vector a text's features are summed in, one per size, zeroed for each text: a new
 * Float32Array of 512 floats lives outside the heap and cost about 2 µs to allocate against 0.06 µs
 * to zero (microbenchmark), on every question. Safe to share: embedText runs to its end without
 * yielding, and normalised copies the sums out before it returns.
 */
const sumsBySize = new Map<number, Float32Array>();
function zeroedVector(dimensions: number): Float32Array {
  const kept = sumsBySize.get(dimensions);
  if (kept) return kept.fill(0);
  const vector = new Float32Array(dimensions);
  sumsBySize.set(dimensions, vector);
  return vector;
}

/**
 * Feature hashing of a text's stems (`w:stem`, weighted by count) and of its content words'
 * character n-grams (`#gram` of the accent-folded word padded with `_`). The features are hashed
 * where they lie, with no string built for each (building them was most of embedding a question),
 * and the text's words are read once for both; a word's n-grams are hashed once (wordGrams) and
 * added in the same order with the same weight, so the vectors are the same to the last bit.
 */
export function embedText(text: string, dimensions: number): number[] {
  const vector = zeroedVector(dimensions);
  // The content words (French stop words out, as analyze reads a text), read once for both kinds of feature.
  const content: string[] = [];
  for (const w of words(text)) if (!isStopWord(w)) content.push(w);
  const counts = new Map<string, number>();
  for (const w of content) for (const s of wordTerms(w)) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const [stem, count] of counts) addFeature(vector, hashFrom(STEM_PREFIX, stem), STEM_WEIGHT * (1 + Math.log(count)));
  for (const w of content) {
    if (w.length < 3) continue;
    const { buckets, signs, weight } = wordGrams(w, dimensions);
    for (let k = 0; k < buckets.length; k++) vector[buckets[k]] += signs[k] * weight;
  }
  return normalised(vector);
}

/**
 * The unit vector, as numbers. Indexed loops: the iterator and Array.from's callback over every
 * dimension were most of embedding a question (2% of an uncached chat request's CPU). Same
 * arithmetic in the same order, so the same vectors as before.
 */
function normalised(vector: Float32Array): number[] {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i] * vector[i];
  norm = Math.sqrt(norm) || 1;
  const out = new Array<number>(vector.length);
  for (let i = 0; i < vector.length; i++) out[i] = vector[i] / norm;
  return out;
}

export class LocalHashEmbeddings extends Embeddings {
  readonly id: string;

  constructor(readonly dimensions = 512) {
    super({});
    this.id = `${LOCAL_EMBEDDER_VERSION}-d${dimensions}`;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => embedText(d, this.dimensions));
  }

  async embedQuery(document: string): Promise<number[]> {
    return embedText(document, this.dimensions);
  }
}
