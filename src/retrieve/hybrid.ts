// Hybrid retrieval: candidates from the HNSW vector channel and the BM25 lexical channel, scored
// by a weighted sum of two absolute similarities in [0, 1] — cosine similarity of the embeddings
// and how much of the question's (idf-weighted) content the passage covers. Unlike reciprocal
// rank fusion, the result is comparable across questions, so the answerer can use it to decide
// whether the corpus answers at all.
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { HnswStore } from '../index/hnswStore.js';
import type { Chunk, Language, Passage, Retriever } from '../types.js';
import { isStopWord, stem, words } from './analyzer.js';
import { frenchCognates } from './cognates.js';
import { type Glossary, translateEnglish } from './glossary.js';
import { detectLanguage } from './language.js';
import { collapseSpelledOutNames } from './spelledOut.js';
import type { LexicalIndex } from './lexical.js';
import { matchStrength, termGroups, type TermGroup, type WeakWords } from './terms.js';

export type { TermGroup } from './terms.js';

export interface SearchIndex {
  chunks: Chunk[];
  vectors: Float32Array;
  dimensions: number;
  store: HnswStore;
  lexical: LexicalIndex;
  glossary: Glossary;
}

export interface SearchAnalysis {
  language: Language;
  groups: TermGroup[];
  passages: Passage[];
}

export interface SearchOptions {
  language?: Language;
}

export interface HybridOptions {
  /** Weight of the vector similarity; the rest goes to term coverage. */
  vectorWeight: number;
  /** Candidates taken from each channel before scoring. */
  candidates: number;
  /** Use the EN→FR glossary for English questions. */
  translate: boolean;
  /** Told when the query embedding fails and retrieval continues on the lexical channel alone. */
  onVectorError?: (error: unknown) => void;
  /** Longest wait for a query embedding, retries included (a remote embedder can hang). */
  embedTimeoutMs?: number;
}

const DEFAULTS: HybridOptions = { vectorWeight: 0.5, candidates: 40, translate: true };
/**
 * Bonus for a passage that spells out an acronym the question names ("… pour les migrations (OIM)"),
 * scaled by the acronym's share of the question: that passage is where the corpus says what the
 * entity is, so it wins among passages naming the acronym alike ("What is IOM?") without outweighing
 * a passage that covers the rest of a longer question.
 */
const DEFINING_BONUS = 0.15;
/** An unknown word that is only ever a verb, adjective or adverb weighs this much of a noun. */
const WEAK_WORD_WEIGHT = 0.3;

export class HybridRetriever implements Retriever {
  private readonly options: HybridOptions;
  private readonly weakWords: WeakWords;
  /** Stem of each corpus acronym → the acronym as written. */
  private readonly acronymStems: Map<string, string>;

  constructor(
    private readonly index: SearchIndex,
    private readonly embeddings: EmbeddingsInterface,
    options: Partial<HybridOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    const weak = index.glossary.weak ?? { fr: [], en: [] };
    this.weakWords = { fr: new Set(weak.fr), en: new Set(weak.en) };
    this.acronymStems = new Map(index.glossary.acronyms.map((a) => [stem(a.toLowerCase()), a]));
  }

  /** Is this word of the question one of the corpus's acronyms (or its reordered English form)? */
  isAcronymGroup(group: TermGroup): boolean {
    return this.acronymOf(group) !== undefined;
  }

  private acronymOf(group: TermGroup): string | undefined {
    for (const s of group.stems) if (this.acronymStems.has(s)) return this.acronymStems.get(s);
    return undefined;
  }

  /** Each passage's bonus for spelling out an acronym of the question (see DEFINING_BONUS). */
  private definingBonus(groups: TermGroup[], weights: number[]): (chunkIndex: number) => number {
    const spelledOut: string[] = [];
    let share = 0;
    let total = 0;
    groups.forEach((g, k) => {
      total += weights[k];
      const acronym = this.acronymOf(g);
      if (acronym === undefined) return;
      spelledOut.push(`(${acronym})`);
      share += weights[k];
    });
    if (!spelledOut.length || !total) return () => 0;
    const bonus = (DEFINING_BONUS * share) / total;
    return (i) => (spelledOut.some((a) => this.index.chunks[i].text.includes(a)) ? bonus : 0);
  }

  get chunkCount(): number {
    return this.index.chunks.length;
  }

  /** Section headings of the corpus (titles where a source has none): what the assistant can talk about. */
  topics(limit = 8): string[] {
    const seen = new Set<string>();
    for (const c of this.index.chunks) {
      const topic = c.heading ?? c.title;
      if (topic) seen.add(topic);
    }
    return [...seen].slice(0, limit);
  }

  /** How much a term group weighs: the idf of its most specific known stem (unseen: the maximum). */
  private weight(group: TermGroup): number {
    const { lexical } = this.index;
    const known = group.stems.filter((s) => lexical.knows(s));
    if (known.length) return Math.max(...known.map((s) => lexical.idf(s)));
    return lexical.idf(group.stems[0]) * (group.weak ? WEAK_WORD_WEIGHT : 1);
  }

  /** Each group's weight (see weight): they depend on the question only, so one list serves every term set scored. */
  weightsOf(groups: TermGroup[]): number[] {
    return groups.map((g) => this.weight(g));
  }

  /**
   * idf-weighted share of the question's terms found in a set of terms (a passage's, a sentence's), in [0, 1].
   * Pass weightsOf(groups) when scoring many term sets for one question.
   */
  coverageOf(groups: TermGroup[], terms: Set<string>, weights: number[] = this.weightsOf(groups)): number {
    let total = 0;
    let found = 0;
    for (let i = 0; i < groups.length; i++) {
      total += weights[i];
      found += weights[i] * matchStrength(groups[i].stems, terms);
    }
    return total ? found / total : 0;
  }

  coverage(groups: TermGroup[], chunkIndex: number, weights?: number[]): number {
    return this.coverageOf(groups, this.index.lexical.terms[chunkIndex], weights);
  }

  /** idf-weighted share of the question's terms that appear nowhere in the corpus, even in part. */
  unknownShare(groups: TermGroup[]): number {
    const vocabulary = this.index.lexical.vocabulary;
    let total = 0;
    let unknown = 0;
    for (const g of groups) {
      const weight = this.weight(g);
      total += weight;
      if (!g.stems.some((s) => vocabulary.hasLooselyRelated(s))) unknown += weight;
    }
    return total ? unknown / total : 1;
  }

  private cosine(query: number[], chunkIndex: number): number {
    const { vectors, dimensions } = this.index;
    const offset = chunkIndex * dimensions;
    let dot = 0;
    let a = 0;
    let b = 0;
    for (let i = 0; i < dimensions; i++) {
      const v = vectors[offset + i];
      dot += query[i] * v;
      a += query[i] * query[i];
      b += v * v;
    }
    return a && b ? Math.max(0, Math.min(1, dot / Math.sqrt(a * b))) : 0;
  }

  /** French forms of an English question's words: dictionary translations and cognates the corpus has. */
  private frenchForms(query: string): Map<string, string[]> {
    const translations = translateEnglish(query, this.index.glossary);
    for (const w of words(query)) {
      if (isStopWord(w, 'en')) continue;
      const cognates = frenchCognates(w).filter((c) => this.index.lexical.vocabulary.hasRelated(stem(c)));
      if (cognates.length) translations.set(w, [...(translations.get(w) ?? []), ...cognates]);
    }
    return translations;
  }

  /** The question as both channels see it: with French forms added for English questions. */
  expand(query: string, language: Language): { text: string; groups: TermGroup[] } {
    const translations = language === 'en' && this.options.translate ? this.frenchForms(query) : new Map<string, string[]>();
    const extra = [...translations.values()].flat();
    return { text: [query, ...extra].join(' '), groups: termGroups(query, translations, language, this.weakWords) };
  }

  async search(query: string, k = 5, options: SearchOptions = {}): Promise<Passage[]> {
    return (await this.analyzeAndSearch(query, k, options)).passages;
  }

  /** Search, and return how the question was understood (its language and weighted terms) with the passages. */
  async analyzeAndSearch(query: string, k = 5, options: SearchOptions = {}): Promise<SearchAnalysis> {
    const language = options.language ?? detectLanguage(query);
    const { text, groups } = this.expand(collapseSpelledOutNames(query, this.index.glossary.acronyms), language);
    return { language, groups, passages: await this.rank(text, groups, k) };
  }

  /** The query's vector, or null when the embedder fails (a remote embedding service can): the lexical channel still answers. */
  private async embedOrNull(text: string): Promise<number[] | null> {
    const limit = this.options.embedTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    // embedQuery takes no AbortSignal: the deadline is raced, and the call ends on its own timeout.
    const deadline =
      limit === undefined
        ? null
        : new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`query embedding took longer than ${limit} ms`)), limit);
          });
    try {
      const embedding = this.embeddings.embedQuery(text);
      return await (deadline ? Promise.race([embedding, deadline]) : embedding);
    } catch (error) {
      this.options.onVectorError?.(error);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  private async rank(text: string, groups: TermGroup[], k: number): Promise<Passage[]> {
    if (!this.index.chunks.length || !text.trim()) return [];
    const queryVector = await this.embedOrNull(text);
    const n = this.options.candidates;
    const candidates = new Map<number, number>(); // chunk index → lexical score (tie-break)
    if (queryVector) {
      const vectorHits = await this.index.store.similaritySearchVectorWithScore(queryVector, n);
      for (const [doc] of vectorHits) candidates.set(doc.metadata.index as number, 0);
    }
    for (const hit of this.index.lexical.query(
      groups.flatMap((g) => g.stems),
      n,
    ))
      candidates.set(hit.index, hit.score);
    // Without a query vector (the embedding service failed), coverage alone ranks: still a similarity in [0, 1].
    const w = queryVector ? this.options.vectorWeight : 0;
    const weights = this.weightsOf(groups);
    const bonus = this.definingBonus(groups, weights);
    const similarity = (i: number) => (queryVector ? w * this.cosine(queryVector, i) : 0) + (1 - w) * this.coverage(groups, i, weights);
    return [...candidates]
      .map(([i, lexicalScore]) => ({ i, lexicalScore, score: Math.min(1, similarity(i) + bonus(i)) }))
      .sort((a, b) => b.score - a.score || b.lexicalScore - a.lexicalScore)
      .slice(0, k)
      .map(({ i, score }) => ({ ...this.index.chunks[i], score: Math.round(score * 10_000) / 10_000 }));
  }
}
