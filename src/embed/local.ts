// The offline default embedder: feature hashing of stemmed words and of character n-grams.
// Stems make French inflections meet (objectif/objectifs); n-grams of accent-folded words let
// English questions meet French cognates (objectives/objectifs, climate/climatique). It is
// deterministic, needs no download, and is cheap enough to embed 100k passages in seconds.
import { Embeddings } from '@langchain/core/embeddings';
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
  const h = running >>> 0;
  const sign = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) & 0x80000000) === 0 ? 1 : -1;
  vector[h % vector.length] += sign * weight;
}

/**
 * Feature hashing of a text's stems (`w:stem`, weighted by count) and of its content words'
 * character n-grams (`#gram` of the accent-folded word padded with `_`). The features are hashed
 * where they lie, with no string built for each (building them was most of embedding a question),
 * and the text's words are read once for both: the same features in the same order as before.
 */
export function embedText(text: string, dimensions: number): number[] {
  const vector = new Float32Array(dimensions);
  // The content words (French stop words out, as analyze reads a text), read once for both kinds of feature.
  const content: string[] = [];
  for (const w of words(text)) if (!isStopWord(w)) content.push(w);
  const counts = new Map<string, number>();
  for (const w of content) for (const s of wordTerms(w)) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const [stem, count] of counts) addFeature(vector, hashFrom(STEM_PREFIX, stem), STEM_WEIGHT * (1 + Math.log(count)));
  for (const w of content) {
    if (w.length < 3) continue;
    const padded = `_${foldAccents(w)}_`;
    let grams = 0;
    for (const n of NGRAM_SIZES) if (padded.length >= n) grams += padded.length - n + 1;
    // Each word's n-grams share one word's worth of weight, so long words do not dominate.
    const weight = NGRAM_WEIGHT / Math.sqrt(grams);
    for (const n of NGRAM_SIZES)
      for (let i = 0; i + n <= padded.length; i++) addFeature(vector, hashFrom(NGRAM_PREFIX, padded, i, i + n), weight);
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
