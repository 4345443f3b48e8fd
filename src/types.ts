// Shapes that cross module boundaries: chunks on disk, passages handed to answerers and the API.
import type { PassageView } from './contract/api.js';

/** A passage as stored in the index: the text plus where exactly it comes from. */
export interface ChunkMetadata {
  /** Path of the source file relative to the project root, e.g. "corpus/oim-qui-sommes-nous.txt". */
  source: string;
  title: string;
  heading: string | null;
  /** 1-based inclusive line range of the passage in the source file. */
  lines: [number, number];
  /** sha256 of the passage text. */
  hash: string;
  url?: string;
  /** ISO 639-1 language of the passage text ('fr', 'en', 'es'…): from the sidecar, else detected. */
  language?: string;
  /**
   * Date of the document the passage comes from, ISO 8601: 'YYYY-MM-DD', or 'YYYY-MM' when the
   * source gives only a month (an address /2019/05/…). Strings compare in date order. A passage
   * several documents hold (alternates) has the most recent of their dates.
   */
  date?: string;
  /** Where the date comes from: declared publication or update (sidecar, HTML meta), a news release's dateline, the address. */
  dateKind?: 'published' | 'updated' | 'dateline' | 'url';
  /** 1-based page of a paginated source (PDF). */
  page?: number;
  /** Other sources holding the same passage text: a duplicate is indexed once, its copies recorded here. */
  alternates?: string[];
  /**
   * The same page in another language (a translated pair linked at ingestion), with the passage's
   * sentences aligned to that page's own sentences. Only the organisation's sentences: never a
   * machine translation.
   */
  translations?: ChunkTranslation[];
}

/** One sentence of a passage (as sentence splitting in the passage's language cuts it; list items whole) and its counterpart. */
export interface AlignedSentence {
  /** The sentence, verbatim from the passage text. */
  text: string;
  /** The aligned sentence (or two, joined by a space) of the other-language page, verbatim. */
  translation: string;
  /** 1-based inclusive line range of the translation in its own source file. */
  lines: [number, number];
}

export interface ChunkTranslation {
  /** ISO 639-1 language of the other page. */
  language: string;
  source: string;
  title: string;
  url?: string;
  /** The passage's sentences that have a counterpart, in passage order; sentences without one are absent. */
  sentences: AlignedSentence[];
}

export interface Chunk extends ChunkMetadata {
  text: string;
}

/** A retrieved passage. score is a similarity in [0, 1], higher is better. */
export interface Passage extends Chunk {
  score: number;
}

/** A retrieved passage as the API and CLIs show it (no internal hash): the contract's shape. */
export type { Language, PassageView } from './contract/api.js';

export function toPassageView(p: Passage): PassageView {
  const view: PassageView = {
    text: p.text,
    source: p.source,
    title: p.title,
    heading: p.heading,
    lines: p.lines,
    score: p.score,
  };
  if (p.url) view.url = p.url;
  if (p.page !== undefined) view.page = p.page;
  return view;
}

/** Anything that finds passages for a question. */
export interface Retriever {
  search(query: string, k?: number): Promise<Passage[]>;
}
