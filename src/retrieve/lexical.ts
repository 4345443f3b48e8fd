// The lexical channel: BM25 over terms of each passage analysed in its own language, plus the term
// statistics (document frequencies, each passage's stems) that the hybrid scorer uses to weigh and
// match query terms.
//
// Why not a library: this channel used MiniSearch (a well-kept package, and the project prefers
// one). MiniSearch builds a result object for every passage that matches any query term, then sorts
// them all; at 100k passages a common stem matches tens of thousands of them, and no option bounds
// the work by the number of results wanted. Measured by `npm run bench` (synthetic corpus, 100k
// passages, 2 cores, 40 candidates; it keeps measuring MiniSearch beside this channel):
// MiniSearch as shipped (fuzzy + prefix) 98 ms p50 / 293 ms p99 for the channel alone, and with
// exact stems only (fuzzy and prefix off, its fastest path) still 75 / 399 ms — against a 10 ms
// p99 target for the whole hybrid search; its index took 18 s to build. This channel, on the same
// questions: 0.6 / 0.9 ms, built in 3.7 s, and it finds the passage a question was written from
// more often (59% of questions among its 40 candidates, MiniSearch 54%). It is a plain BM25 over
// postings lists in typed arrays with top-k selection: one multiply-add per posting read and no
// allocation per matching passage.
import type { Chunk } from '../types.js';
import { isTextStopWord, type TextLanguage, wordTerms as termsOfWord, words } from '../text/analyzer.js';
import { passageLanguages } from '../text/language.js';
import { StemSet } from '../text/stemSet.js';
import { topK, type LexicalHit } from './topK.js';

export type { LexicalHit } from './topK.js';

/** BM25 parameters (the usual ones; MiniSearch used the same k1 and b). */
const K1 = 1.2;
const B = 0.7;
/** A heading term counts half as much as a body term (headings repeat over a whole section). */
const HEADING_WEIGHT = 0.5;
/**
 * A query stem the corpus does not have (an English cognate, a rarer derivation) looks for
 * passages with a related form instead (organisation/organis, see stemSet.ts), at this share of an
 * exact match. Stems the corpus has are looked up exactly: related forms of common stems would
 * multiply the postings read, and the hybrid scorer rates related forms in every candidate anyway.
 */
const RELATED_WEIGHT = 0.5;

const NONE = -1;

/** A growable Int32Array (the build does not know its sizes in advance). */
class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed so far, as a view (valid until the next push). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** BM25's saturating, length-normalised term frequency. */
function bm25tf(tf: number, length: number, averageLength: number): number {
  if (!tf) return 0;
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / (averageLength || 1)));
}

export class LexicalIndex {
  /** Each passage's distinct stems (heading and text), for the hybrid scorer's coverage. */
  readonly terms: Set<string>[];
  /** Every stem of the corpus. */
  readonly vocabulary: StemSet;
  /** The language each passage was analysed in. */
  readonly languages: TextLanguage[];
  /** The languages of the corpus, most passages first. */
  readonly corpusLanguages: TextLanguage[];
  /** Stem → term id, and back. */
  private readonly termIds = new Map<string, number>();
  private readonly stems: string[] = [];
  /** Postings in one block (CSR): term t's passages are docs[offsets[t] .. offsets[t + 1]), in passage order. */
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  /** BM25 term-frequency part of each posting (heading and body together); idf is applied at query time. */
  private readonly weights: Float32Array;
  /** Per-query scratch, left all zero after each query: passage scores and the passages touched. */
  private readonly scores: Float32Array;
  private readonly touched: Int32Array;

  /** Each passage is analysed once: its terms feed both the postings and `terms`. */
  constructor(chunks: Chunk[]) {
    const n = chunks.length;
    // Analysis, word by word: a corpus repeats its words, and the per-word work (stop-word test
    // with accent folding, Snowball) is what costs; each distinct word is analysed once. The
    // result is exactly analyzer.analyze's (words → not a stop word → wordTerms).
    // A word's value: its one term id (≥ 0; most words), NONE for a stop word, or -2 - k for its
    // several terms (an accented word and its accent-free spelling) in several[k]. One cache per
    // language: a word is analysed in the language of the passage it is in.
    const caches = new Map<TextLanguage, Map<string, number>>();
    const several: number[][] = [];
    const tokens = new IntList();
    /** A text's term ids, sorted, as a view of `tokens` (valid until the next call). */
    const termsOf = (text: string, language: TextLanguage): Int32Array => {
      tokens.length = 0;
      const wordTerms = caches.get(language) ?? new Map<string, number>();
      caches.set(language, wordTerms);
      const all = words(text);
      for (let i = 0; i < all.length; i++) {
        let id = wordTerms.get(all[i]);
        if (id === undefined) {
          id = this.encode(all[i], language, several);
          wordTerms.set(all[i], id);
        }
        if (id >= 0) tokens.push(id);
        else if (id !== NONE) for (const t of several[-2 - id]) tokens.push(t);
      }
      return tokens.view().sort();
    };
    // Forward index: each passage's distinct term ids (sorted) with body and heading frequencies.
    const docStart = new Int32Array(n + 1);
    const docTerm = new IntList();
    const bodyTf = new IntList();
    const headingTf = new IntList();
    const bodyLength = new Int32Array(n);
    const headingLength = new Int32Array(n);
    const headingTerms = new Map<string, Int32Array>(); // a heading is shared by its section's passages
    this.languages = passageLanguages(chunks);
    for (let i = 0; i < n; i++) {
      const language = this.languages[i];
      const heading = `${language}:${chunks[i].heading ?? ''}`;
      let h = headingTerms.get(heading);
      if (!h) {
        h = termsOf(chunks[i].heading ?? '', language).slice();
        headingTerms.set(heading, h);
      }
      const b = termsOf(chunks[i].text, language);
      bodyLength[i] = b.length;
      headingLength[i] = h.length;
      // Merge the two sorted lists, counting each term's occurrences in each.
      let x = 0;
      let y = 0;
      while (x < b.length || y < h.length) {
        const id = y >= h.length || (x < b.length && b[x] <= h[y]) ? b[x] : h[y];
        let fb = 0;
        let fh = 0;
        for (; x < b.length && b[x] === id; x++) fb++;
        for (; y < h.length && h[y] === id; y++) fh++;
        docTerm.push(id);
        bodyTf.push(fb);
        headingTf.push(fh);
      }
      docStart[i + 1] = docTerm.length;
    }
    const averageBody = bodyLength.reduce((s, l) => s + l, 0) / (n || 1);
    const averageHeading = headingLength.reduce((s, l) => s + l, 0) / (n || 1);

    // Inverted: postings per term, filled in passage order so that every list is sorted.
    const termCount = this.stems.length;
    this.offsets = new Int32Array(termCount + 1);
    for (let p = 0; p < docTerm.length; p++) this.offsets[docTerm.data[p] + 1]++;
    for (let t = 0; t < termCount; t++) this.offsets[t + 1] += this.offsets[t];
    this.docs = new Int32Array(docTerm.length);
    this.weights = new Float32Array(docTerm.length);
    const next = this.offsets.slice(0, termCount);
    this.terms = new Array(n);
    for (let i = 0; i < n; i++) {
      const set = new Set<string>();
      for (let p = docStart[i]; p < docStart[i + 1]; p++) {
        const id = docTerm.data[p];
        const q = next[id]++;
        this.docs[q] = i;
        this.weights[q] =
          bm25tf(bodyTf.data[p], bodyLength[i], averageBody) + HEADING_WEIGHT * bm25tf(headingTf.data[p], headingLength[i], averageHeading);
        set.add(this.stems[id]);
      }
      this.terms[i] = set;
    }
    this.vocabulary = new StemSet(this.stems);
    const counts = new Map<TextLanguage, number>();
    for (const l of this.languages) counts.set(l, (counts.get(l) ?? 0) + 1);
    this.corpusLanguages = [...counts].sort((a, b) => b[1] - a[1]).map(([l]) => l);
    this.scores = new Float32Array(n);
    this.touched = new Int32Array(n);
  }

  /** A word's value in the build's word cache (see the constructor). */
  private encode(word: string, language: TextLanguage, several: number[][]): number {
    const ids = isTextStopWord(word, language) ? [] : termsOfWord(word, language).map((t) => this.idOf(t));
    if (ids.length === 1) return ids[0];
    if (!ids.length) return NONE;
    return -2 - (several.push(ids) - 1);
  }

  private idOf(stem: string): number {
    let id = this.termIds.get(stem);
    if (id === undefined) {
      id = this.stems.push(stem) - 1;
      this.termIds.set(stem, id);
    }
    return id;
  }

  get size(): number {
    return this.terms.length;
  }

  private documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.offsets[id + 1] - this.offsets[id];
  }

  /** BM25 idf: how much finding this term says about a passage (unseen terms weigh the most). */
  idf(term: string): number {
    return idfOf(this.terms.length, this.documentFrequency(term));
  }

  share(term: string): number {
    return this.terms.length ? this.documentFrequency(term) / this.terms.length : 0;
  }

  knows(term: string): boolean {
    return this.termIds.has(term);
  }

  /** The indexed stems a query stem looks up: itself when indexed, else its related forms (RELATED_WEIGHT). */
  private expansions(stem: string, into: Map<number, number>): void {
    const exact = this.termIds.get(stem);
    if (exact !== undefined) {
      into.set(exact, Math.max(1, into.get(exact) ?? 0));
      return;
    }
    // Shorter stems it extends (organisation → organis), longer stems that extend it.
    for (const form of this.vocabulary.relatedForms(stem)) {
      const id = this.termIds.get(form)!;
      into.set(id, Math.max(RELATED_WEIGHT, into.get(id) ?? 0));
    }
  }

  /** The `limit` passages with the highest BM25 score for these stems, best first. */
  query(terms: string[], limit: number): LexicalHit[] {
    const n = this.terms.length;
    if (!terms.length || limit <= 0 || !n) return [];
    const { scores, touched, docs, weights, offsets } = this;
    // A stem reached from two query stems (a word and its translation) counts once, at its best weight.
    const weightOf = new Map<number, number>();
    for (const term of new Set(terms)) this.expansions(term, weightOf);
    let postings = 0;
    for (const id of weightOf.keys()) postings += offsets[id + 1] - offsets[id];
    // Few postings: remember which passages were touched. Many (common stems at 100k passages):
    // plain accumulation, then one pass over every passage, which is cheaper than the bookkeeping.
    const dense = postings > n / 4;
    let count = 0;
    for (const [id, w] of weightOf) {
      const idf = w * idfOf(n, offsets[id + 1] - offsets[id]);
      const end = offsets[id + 1];
      if (dense) {
        for (let p = offsets[id]; p < end; p++) scores[docs[p]] += idf * weights[p];
      } else {
        for (let p = offsets[id]; p < end; p++) {
          const doc = docs[p];
          if (scores[doc] === 0) touched[count++] = doc;
          scores[doc] += idf * weights[p];
        }
      }
    }
    if (dense) {
      // One pass over every passage, most rejected on one comparison (see topK).
      const best = topK(scores, null, n, limit);
      scores.fill(0);
      return best;
    }
    const best = topK(scores, touched, count, limit);
    for (let i = 0; i < count; i++) scores[touched[i]] = 0;
    return best;
  }
}

function idfOf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
