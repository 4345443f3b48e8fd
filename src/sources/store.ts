// Where crawled documents live in the corpus folder, and what the crawler remembers between runs.
// One file per canonical URL, at <host>/<path> (readable, stable across runs), with its
// .meta.json sidecar; the crawl state (validators, misses, links) sits beside them in a dot-named
// file that ingestion skips. Writes go through a temporary file and a rename, so an interrupted
// crawl never leaves half a page for the next ingest.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SIDECAR_SUFFIX, type SourceMetadata } from '../corpus/load.js';

export const STATE_FILE = '.crawl-state.json';
const STATE_VERSION = 1;
/** Longest path segment kept as it is; longer ones are cut and suffixed with a hash (file systems cap names at 255 bytes). */
const MAX_SEGMENT = 80;

export type DocumentKind = 'html' | 'pdf' | 'docx' | 'text';
const EXTENSION: Record<DocumentKind, string> = { html: '.html', pdf: '.pdf', docx: '.docx', text: '.txt' };

export interface PageState {
  etag?: string | null;
  lastModified?: string | null;
  /** The sitemap's lastmod when last seen. */
  lastmod?: string;
  /** The URL this page is a copy of (rel=canonical), when it is not its own document. */
  canonical?: string;
  /** The corpus file holding this page (relative to the corpus folder), when it is a document. */
  file?: string;
  /** sha256 of the file written, so a 200 with the same content writes nothing. */
  sha256?: string;
  /** Consecutive crawls that found the page gone (404/410); at 2 it is removed. */
  misses?: number;
  fetched?: string;
  /** Links of the page, kept so that a 304 still leads the crawl on (link-following mode). */
  links?: string[];
}

export interface CrawlState {
  version: number;
  pages: Record<string, PageState>;
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

function safeSegment(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    decoded = segment;
  }
  const safe = decoded
    .normalize('NFC')
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '-')
    .replace(/^\.+/, '_');
  return safe.length > MAX_SEGMENT ? `${safe.slice(0, MAX_SEGMENT)}-${shortHash(safe)}` : safe || '_';
}

/** The corpus-relative file for a URL: https://site/fr/a/b?x=1 → site/fr/a/b-q1a2b3c4d5.html. */
export function documentPath(url: string, kind: DocumentKind): string {
  const parsed = new URL(url);
  const host = safeSegment(parsed.port ? `${parsed.hostname}_${parsed.port}` : parsed.hostname);
  const segments = parsed.pathname.split('/').filter(Boolean).map(safeSegment);
  if (!segments.length || parsed.pathname.endsWith('/')) segments.push('index');
  const extension = EXTENSION[kind];
  let last = segments.pop()!;
  if (parsed.search) last = `${last.replace(/\.[a-z0-9]{1,5}$/i, '')}-q${shortHash(parsed.search)}`;
  if (!last.toLowerCase().endsWith(extension)) last = `${last.replace(/\.(html?|php|aspx?|jsp|cfm)$/i, '')}${extension}`;
  return [host, ...segments, last].join('/');
}

export const sidecarPath = (file: string) => file.replace(/\.[^./]+$/, SIDECAR_SUFFIX);

/** A path from the state file, only if it stays inside the corpus folder (the state file is data, not trusted paths). */
function insideCorpus(corpusDir: string, relative: string): string | null {
  const full = path.resolve(corpusDir, relative);
  return full.startsWith(`${path.resolve(corpusDir)}${path.sep}`) ? full : null;
}

async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, data);
  } catch (error) {
    // The folder is created on the first write into it only: one file-system call less per page.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, data);
  }
  await rename(temporary, file);
}

/** Writes a document and its sidecar (relative path in the corpus folder). */
export async function writeDocument(
  corpusDir: string,
  relative: string,
  data: string | Uint8Array,
  metadata: SourceMetadata,
): Promise<void> {
  const file = insideCorpus(corpusDir, relative);
  if (!file) throw new Error(`refusing to write outside the corpus folder: ${relative}`);
  // Both at once: each is atomic on its own, and a crash between two sequential writes leaves the
  // same half-done pair as one between two parallel ones (the next crawl, without saved validators, redoes it).
  await Promise.all([writeAtomically(file, data), writeAtomically(sidecarPath(file), `${JSON.stringify(metadata, null, 2)}\n`)]);
}

export async function removeDocument(corpusDir: string, relative: string): Promise<void> {
  const file = insideCorpus(corpusDir, relative);
  if (!file) return;
  await rm(file, { force: true });
  await rm(sidecarPath(file), { force: true });
}

export async function loadState(corpusDir: string): Promise<CrawlState> {
  try {
    const state = JSON.parse(await readFile(path.join(corpusDir, STATE_FILE), 'utf8')) as CrawlState;
    if (state.version === STATE_VERSION && state.pages && typeof state.pages === 'object') return state;
  } catch {
    // No state (first crawl) or an unreadable one: start afresh; pages are then fetched in full once.
  }
  return { version: STATE_VERSION, pages: {} };
}

export async function saveState(corpusDir: string, state: CrawlState): Promise<void> {
  await writeAtomically(path.join(corpusDir, STATE_FILE), JSON.stringify(state));
}
