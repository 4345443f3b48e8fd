// Shapes that cross module boundaries: chunks on disk, passages handed to answerers and the API.

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
  /** Date of the document the passage comes from, ISO 'YYYY-MM-DD' (published or updated; see ingestion). */
  date?: string;
  /** 1-based page of a paginated source (PDF). */
  page?: number;
  /** Other sources holding the same passage text: a duplicate is indexed once, its copies recorded here. */
  alternates?: string[];
}

export interface Chunk extends ChunkMetadata {
  text: string;
}

/** A retrieved passage. score is a similarity in [0, 1], higher is better. */
export interface Passage extends Chunk {
  score: number;
}

/** A retrieved passage as the API and CLIs show it (no internal hash). */
export interface PassageView {
  text: string;
  source: string;
  title: string;
  heading: string | null;
  lines: [number, number];
  score: number;
  url?: string;
  /** 1-based page of a paginated source (PDF): citations show it as "p. 12". */
  page?: number;
}

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

export type Language = 'fr' | 'en';
