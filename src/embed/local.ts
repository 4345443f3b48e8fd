// The offline default embedder: feature hashing of stemmed words and of character n-grams.
// Stems make French inflections meet (objectif/objectifs); n-grams of accent-folded words let
// English questions meet French cognates (objectives/objectifs, climate/climatique). It is
// deterministic, needs no download, and is cheap enough to embed 100k passages in seconds.
import { Embeddings } from '@langchain/core/embeddings';
import { analyze, foldAccents, isStopWord, words } from '../text/analyzer.js';

// v2: accented words also yield the stem of their accent-free spelling.
export const LOCAL_EMBEDDER_VERSION = 'local-hash-v3';

const STEM_WEIGHT = 1;
const NGRAM_WEIGHT = 0.35;
const NGRAM_SIZES = [3, 4];

/** FNV-1a: a fast, well-distributed 32-bit hash; the sign bit of a second mix spreads collisions. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function addFeature(vector: Float32Array, feature: string, weight: number): void {
  const h = hash(feature);
  const sign = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) & 0x80000000) === 0 ? 1 : -1;
  vector[h % vector.length] += sign * weight;
}

function ngramFeatures(word: string): string[] {
  const padded = `_${foldAccents(word)}_`;
  const out: string[] = [];
  for (const n of NGRAM_SIZES) for (let i = 0; i + n <= padded.length; i++) out.push(`#${padded.slice(i, i + n)}`);
  return out;
}

export function embedText(text: string, dimensions: number): number[] {
  const vector = new Float32Array(dimensions);
  const counts = new Map<string, number>();
  for (const s of analyze(text)) counts.set(`w:${s}`, (counts.get(`w:${s}`) ?? 0) + 1);
  for (const [feature, count] of counts) addFeature(vector, feature, STEM_WEIGHT * (1 + Math.log(count)));
  for (const w of words(text)) {
    if (isStopWord(w) || w.length < 3) continue;
    const grams = ngramFeatures(w);
    // Each word's n-grams share one word's worth of weight, so long words do not dominate.
    for (const g of grams) addFeature(vector, g, NGRAM_WEIGHT / Math.sqrt(grams.length));
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
