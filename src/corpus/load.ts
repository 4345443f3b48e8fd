// Finds the corpus files and their metadata sidecars; reading is separate from cleaning so the
// ingest step can hash raw bytes (for incremental builds) before doing any work on them.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const CORPUS_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];
const SIDECAR_SUFFIX = '.meta.json';

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
    url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .refine((t) => t.source || t.url, 'a translation needs a source (corpus file) or a url');

const sidecarSchema = z.object({
  title: z.string().min(1).optional(),
  language: z.string().min(2).max(10).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  published: sidecarDate,
  updated: sidecarDate,
  /**
   * The same page in other languages, each a corpus file ("en/who-we-are.txt", relative to the
   * corpus folder, or "corpus/en/…") or an address: written as a list of those, as a list of
   * { language, source?, url? }, or by language ({ "en": "…" }).
   */
  translations: z.union([z.array(z.union([z.string().min(1), translationSchema])), z.record(z.string(), z.string().min(1))]).optional(),
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
  raw: string;
  sha256: string;
  metadata: SourceMetadata;
  /** Changes when the file or its sidecar changes: what decides whether a source must be re-chunked. */
  fingerprint: string;
}

export class CorpusError extends Error {}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))),
  );
  return nested.flat();
}

async function readSidecar(file: string): Promise<SourceMetadata> {
  const sidecar = file.replace(/\.[^.]+$/, SIDECAR_SUFFIX);
  let text: string;
  try {
    text = await readFile(sidecar, 'utf8');
  } catch {
    return {};
  }
  try {
    return sidecarSchema.parse(JSON.parse(text));
  } catch (error) {
    const why = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : String(error);
    throw new CorpusError(`Invalid metadata file ${sidecar}: ${why}`);
  }
}

/** Every .txt/.md/.html file under corpusDir (sorted, so builds are deterministic), read as UTF-8. */
export async function readCorpus(corpusDir: string): Promise<CorpusFile[]> {
  let files: string[];
  try {
    files = await listFiles(corpusDir);
  } catch {
    throw new CorpusError(`Corpus folder "${corpusDir}" cannot be read: set CORPUS_DIR to a folder of .txt, .md or .html files.`);
  }
  const wanted = files.filter((f) => CORPUS_EXTENSIONS.includes(path.extname(f).toLowerCase())).sort();
  return Promise.all(
    wanted.map(async (absolutePath) => {
      const bytes = await readFile(absolutePath);
      const metadata = await readSidecar(absolutePath);
      const relative = path.relative(corpusDir, absolutePath).split(path.sep).join('/');
      return {
        source: `corpus/${relative}`,
        absolutePath,
        extension: path.extname(absolutePath).toLowerCase(),
        raw: bytes.toString('utf8'),
        sha256: sha256(bytes),
        metadata,
        fingerprint: sha256(`${sha256(bytes)}\n${JSON.stringify(metadata)}`),
      };
    }),
  );
}
