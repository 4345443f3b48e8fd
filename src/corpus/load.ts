// Finds the corpus files and their metadata sidecars; reading is separate from cleaning so the
// ingest step can hash raw bytes (for incremental builds) before doing any work on them.
// One bad file never fails the whole corpus: it is skipped (or its sidecar ignored) with a warning
// naming it. Only a corpus folder that cannot be read at all is an error.
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import { z } from 'zod';
import { CORPUS_EXTENSIONS, readDocument, UnreadableDocument } from './formats/read.js';

export { CORPUS_EXTENSIONS } from './formats/read.js';
export const SIDECAR_SUFFIX = '.meta.json';
/** Files read at once: enough to overlap disk and conversion work, few enough to stay far from EMFILE. */
const READ_CONCURRENCY = 8;

const webUrl = z.url({ protocol: /^https?$/ });

/** A date a corpus author writes: ISO 8601, whole or reduced to a month or a year. */
const sidecarDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'must be a date written YYYY-MM-DD (or YYYY-MM, YYYY)')
  .nullable()
  .optional();

const translationSchema = z
  .object({
    language: z.string().min(2).max(10).optional(),
    source: z.string().min(1).optional(),
    url: webUrl.optional(),
  })
  .refine((t) => t.source || t.url, 'a translation needs a source (corpus file) or a url');

const sidecarSchema = z.object({
  title: z.string().min(1).optional(),
  language: z.string().min(2).max(10).optional(),
  url: webUrl.nullable().optional(),
  published: sidecarDate,
  updated: sidecarDate,
  /**
   * The same page in other languages, each a corpus file ("en/who-we-are.txt", relative to the
   * corpus folder, or "corpus/en/…") or an address: written as a list of those, as a list of
   * { language, source?, url? }, or by language ({ "en": "…" }).
   */
  translations: z.union([z.array(z.union([z.string().min(1), translationSchema])), z.record(z.string(), z.string().min(1))]).optional(),
  // Written by the crawler (src/sources) and the document readers (PDF, DOCX):
  /** The page's rel=canonical URL, when it differs from url. */
  canonical: webUrl.nullable().optional(),
  /** When this version was fetched (ISO 8601), and the validators the server gave it. */
  fetched: z.string().optional(),
  etag: z.string().nullable().optional(),
  lastModified: z.string().nullable().optional(),
  /** The page's hreflang alternates: language → URL of the same page in that language. */
  alternates: z.record(z.string(), webUrl).optional(),
  /** Pages of a paginated document (PDF). */
  pages: z.number().int().min(1).optional(),
});

/** Where a sidecar's `translations` point: files or addresses, to be matched against the corpus. */
export function declaredTranslations(metadata: SourceMetadata): string[] {
  const declared = metadata.translations ?? [];
  if (!Array.isArray(declared)) return Object.values(declared);
  return declared.flatMap((t) => (typeof t === 'string' ? [t] : [t.source, t.url].filter((v): v is string => Boolean(v))));
}
export type SourceMetadata = z.infer<typeof sidecarSchema>;

export interface CorpusFile {
  /**
   * Path as shown to users and stored in citations: the file's path inside the corpus folder,
   * written "corpus/…" wherever CORPUS_DIR points, so an index is the same wherever it is built.
   */
  source: string;
  absolutePath: string;
  extension: string;
  /** The text the line readers take: the file's decoded text, or HTML converted from a PDF/DOCX. */
  raw: string;
  sha256: string;
  metadata: SourceMetadata;
  /** Changes when the file or its sidecar changes: what decides whether a source must be re-chunked. */
  fingerprint: string;
}

/** A file left out of the corpus, or part of it (its sidecar, pages of a PDF), and why. */
export interface CorpusWarning {
  source: string;
  message: string;
}

export interface ReadCorpusOptions {
  onWarning?: (warning: CorpusWarning) => void;
}

export class CorpusError extends Error {}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const ERRNO_WORDS: Record<string, string> = {
  ELOOP: 'a symlink loop',
  EISDIR: 'a directory, not a file',
  ENOTDIR: 'a path through something that is not a folder',
  EACCES: 'not readable (permission denied)',
  EPERM: 'not readable (operation not permitted)',
  ENOENT: 'missing (a broken symlink?)',
};

/** An fs error in words, naming its code: "a symlink loop (ELOOP)". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && ERRNO_WORDS[code]) return `${ERRNO_WORDS[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

const isInside = (root: string, target: string) => target === root || target.startsWith(`${root}${path.sep}`);

class Lister {
  private readonly seenDirs = new Set<string>();
  constructor(
    private readonly realRoot: string,
    private readonly warn: (absolutePath: string, message: string) => void,
  ) {}

  /** Files under dir; symlinks are followed only inside the corpus folder, each folder listed once. */
  async list(dir: string, realDir: string): Promise<string[]> {
    if (this.seenDirs.has(realDir)) return [];
    this.seenDirs.add(realDir);
    const entries = await readdir(dir, { withFileTypes: true });
    const found: string[] = [];
    for (const entry of entries.filter((e) => !e.name.startsWith('.'))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) found.push(...(await this.listNested(full, path.join(realDir, entry.name))));
      else if (entry.isSymbolicLink()) found.push(...(await this.followLink(full)));
      else if (entry.isFile()) found.push(full);
    }
    return found;
  }

  private async listNested(dir: string, realDir: string): Promise<string[]> {
    try {
      return await this.list(dir, realDir);
    } catch (error) {
      this.warn(dir, `folder skipped: ${describeFsError(error)}`);
      return [];
    }
  }

  private async followLink(link: string): Promise<string[]> {
    let target: string;
    try {
      target = await realpath(link);
    } catch (error) {
      this.warn(link, `skipped: ${describeFsError(error)}`);
      return [];
    }
    if (!isInside(this.realRoot, target)) {
      this.warn(link, `skipped: a symlink leading outside the corpus folder (to ${target})`);
      return [];
    }
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) return this.listNested(link, target);
    return info?.isFile() ? [link] : [];
  }
}

/** The sidecar's metadata; a bad field is dropped and a bad file ignored, each with a warning. */
async function readSidecar(file: string, warn: (message: string) => void): Promise<SourceMetadata> {
  const sidecar = file.replace(/\.[^.]+$/, SIDECAR_SUFFIX);
  const name = path.basename(sidecar);
  let text: string;
  try {
    text = await readFile(sidecar, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`metadata file ${name} ignored: ${describeFsError(error)}`);
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    warn(`metadata file ${name} ignored: it is not valid JSON (${(error as Error).message})`);
    return {};
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    warn(`metadata file ${name} ignored: it must hold a JSON object`);
    return {};
  }
  const parsed = sidecarSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const bad = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))];
  const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  const kept = Object.fromEntries(Object.entries(json).filter(([key]) => !bad.includes(key)));
  const retry = sidecarSchema.safeParse(kept);
  warn(`metadata file ${name}: ${retry.success ? `field${bad.length > 1 ? 's' : ''} ${bad.join(', ')} ignored` : 'ignored'} (${why})`);
  return retry.success ? retry.data : {};
}

async function readOne(
  corpusDir: string,
  absolutePath: string,
  warn: (absolutePath: string, message: string) => void,
): Promise<CorpusFile | null> {
  const relative = path.relative(corpusDir, absolutePath).split(path.sep).join('/');
  const extension = path.extname(absolutePath).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    warn(absolutePath, `skipped: ${describeFsError(error)}`);
    return null;
  }
  let document: Awaited<ReturnType<typeof readDocument>>;
  try {
    document = await readDocument(bytes, extension);
  } catch (error) {
    // A reader's own failure (a PDF that breaks pdfjs half-way) is this file's problem, not the corpus's.
    const why = error instanceof UnreadableDocument ? error.message : `it cannot be read (${(error as Error)?.message ?? String(error)})`;
    warn(absolutePath, `skipped: ${why}`);
    return null;
  }
  for (const message of document.warnings) warn(absolutePath, message);
  const sidecar = await readSidecar(absolutePath, (message) => warn(absolutePath, message));
  // What the document says about itself (PDF title and dates…) unless the sidecar says otherwise.
  const metadata: SourceMetadata = { ...document.metadata, ...sidecar };
  const hash = sha256(bytes);
  return {
    source: `corpus/${relative}`,
    absolutePath,
    extension,
    raw: document.raw,
    sha256: hash,
    metadata,
    fingerprint: sha256(`${hash}\n${JSON.stringify(metadata)}`),
  };
}

/**
 * Every .txt/.md/.html/.pdf/.docx file under corpusDir (sorted, so builds are deterministic), decoded
 * whatever its encoding. Files that cannot be read are skipped and reported to onWarning.
 */
export async function readCorpus(corpusDir: string, options: ReadCorpusOptions = {}): Promise<CorpusFile[]> {
  const warn = (absolutePath: string, message: string) =>
    options.onWarning?.({ source: `corpus/${path.relative(corpusDir, absolutePath).split(path.sep).join('/')}`, message });
  let files: string[];
  try {
    const realRoot = await realpath(corpusDir);
    files = await new Lister(realRoot, warn).list(corpusDir, realRoot);
  } catch {
    throw new CorpusError(
      `Corpus folder "${corpusDir}" cannot be read: set CORPUS_DIR to a folder of ${CORPUS_EXTENSIONS.join(', ')} files.`,
    );
  }
  const wanted = files.filter((f) => CORPUS_EXTENSIONS.includes(path.extname(f).toLowerCase())).sort();
  const queue = new PQueue({ concurrency: READ_CONCURRENCY });
  const read = await Promise.all(wanted.map((file) => queue.add(() => readOne(corpusDir, file, warn))));
  return read.filter((f): f is CorpusFile => f !== null && f !== undefined);
}
