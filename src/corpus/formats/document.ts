// The contract of a format reader: bytes in, HTML the corpus reader understands out, with what the
// document says about itself (title, dates, language) and warnings worth showing to whoever added it.

/** What a document says about itself; a sidecar (.meta.json) overrides each field. */
export interface DocumentMetadata {
  title?: string;
  language?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  updated?: string;
}

export interface ReadResult {
  html: string;
  metadata: DocumentMetadata;
  /** Problems that leave part of the document out (pages without text…), shown with the file's name. */
  warnings: string[];
  /** Pages, for paginated formats. */
  pages?: number;
}

export type ReadDocument = (bytes: Uint8Array) => Promise<ReadResult>;

/** The document cannot be read at all; the message says why (the caller adds the file's name). */
export class UnreadableDocument extends Error {}
