// Which reader turns a corpus file's bytes into text, chosen by the file's extension and checked
// against what its first bytes say it is: a PDF named .txt or a binary named .html is refused (with
// the reason) rather than indexed as garbage passages.
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { decodeText, htmlDeclaredCharset, sniff } from './bytes.js';
import { type DocumentMetadata, type ReadDocument, UnreadableDocument } from './document.js';

export { UnreadableDocument } from './document.js';

/** Text formats read as they are; document formats converted to HTML by their reader. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx'];
export const CORPUS_EXTENSIONS = [...TEXT_EXTENSIONS, ...DOCUMENT_EXTENSIONS];

export interface ReadFile {
  /** The text the line readers take (sourceLines.ts): the file's own text, or HTML from a document reader. */
  raw: string;
  metadata: DocumentMetadata;
  warnings: string[];
  /** How the text was decoded ('utf-8', 'windows-1252', 'utf-16le'…); absent for documents. */
  encoding?: string;
}

/** Readers load on first use: pdfjs and mammoth are large, and most runs read no PDF or DOCX. */
const READERS: Record<string, { load: () => Promise<ReadDocument>; expects: 'pdf' | 'zip'; name: string }> = {
  '.pdf': { load: async () => (await import('./pdf.js')).readPdf, expects: 'pdf', name: 'PDF' },
  '.docx': { load: async () => (await import('./docx.js')).readDocx, expects: 'zip', name: 'Word document' },
};

/**
 * Converted documents, by content: the server checks the corpus and then builds from it in one
 * process, and a PDF's conversion is worth not repeating (an unchanged file converts the same).
 */
const converted = new LRUCache<string, ReadFile>({ max: 512 });

async function readConverted(bytes: Uint8Array, extension: string): Promise<ReadFile> {
  const { load, expects, name } = READERS[extension];
  const sniffed = sniff(bytes);
  if (sniffed.kind !== expects) throw new UnreadableDocument(`it is not a ${name} (it holds ${sniffed.what ?? 'text'})`);
  const key = `${extension}:${createHash('sha256').update(bytes).digest('hex')}`;
  const cached = converted.get(key);
  if (cached) return cached;
  const { html, metadata, warnings } = await (await load())(bytes);
  const result = { raw: html, metadata, warnings };
  converted.set(key, result);
  return result;
}

/** A corpus file's text and self-description, or an UnreadableDocument saying why not. */
export async function readDocument(bytes: Uint8Array, extension: string): Promise<ReadFile> {
  if (READERS[extension]) return readConverted(bytes, extension);
  const sniffed = sniff(bytes);
  if (sniffed.kind !== 'text') throw new UnreadableDocument(`it holds ${sniffed.what}, not text`);
  const declared = extension === '.html' || extension === '.htm' ? htmlDeclaredCharset(bytes) : null;
  const { text, encoding } = decodeText(bytes, declared);
  return { raw: text, metadata: {}, warnings: [], encoding };
}
