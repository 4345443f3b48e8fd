// Reading the multi-document fixture as the fixture checks need it: the ground-truth manifest,
// each document's full text (menus and footers included) and the lines many documents repeat.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { z } from 'zod';
import { CORPUS_EXTENSIONS } from '../../src/corpus/load.js';
import { normalizeForMatch } from '../../src/evaluation/questionSet.js';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/multidoc');
export const CORPUS_DIR = path.join(FIXTURE_DIR, 'corpus');
export const QUESTIONS_FILE = path.join(FIXTURE_DIR, 'questions.jsonl');
export const CLAIMS_FILE = path.join(FIXTURE_DIR, 'claims.jsonl');

const manifestSchema = z.strictObject({
  documents: z.record(
    z.string(),
    z.strictObject({
      language: z.enum(['fr', 'en', 'es']),
      format: z.enum(['txt', 'md', 'html']),
      kind: z.enum(['page', 'news', 'print', 'report']),
      sidecar: z.boolean(),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}(-\d{2})?$/)
        .nullable(),
      dateFrom: z.array(z.string()),
    }),
  ),
  pairs: z.array(
    z.strictObject({ fr: z.string(), en: z.string(), linkedBy: z.enum(['hreflang', 'sidecar', 'hreflang+sidecar', 'url', 'none']) }),
  ),
  otherTranslations: z.array(z.record(z.string(), z.string())),
  duplicates: z.array(z.strictObject({ kind: z.enum(['capture', 'print']), files: z.array(z.string()).min(2) })),
});
export type FixtureManifest = z.infer<typeof manifestSchema>;

export function readManifest(): FixtureManifest {
  return manifestSchema.parse(JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'fixture.json'), 'utf8')));
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => CORPUS_EXTENSIONS.includes(path.extname(f)))
    .sort();
}

export function rawOf(file: string): string {
  return readFileSync(path.join(CORPUS_DIR, file), 'utf8');
}

export function sidecarOf(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(path.join(CORPUS_DIR, file.replace(/\.[^.]+$/, '.meta.json')), 'utf8'));
  } catch {
    return null;
  }
}

const HTML_BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'title',
  'header',
  'footer',
  'nav',
  'aside',
  'article',
  'main',
  'button',
]);

/** Every text of an HTML page, menus and footers included (unlike ingestion), one block a line. */
function htmlText(raw: string): string {
  let out = '';
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') hidden++;
        if (HTML_BLOCKS.has(name)) out += '\n';
      },
      ontext(text) {
        if (!hidden) out += text;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') hidden--;
        if (HTML_BLOCKS.has(name)) out += '\n';
      },
    },
    { decodeEntities: true },
  );
  parser.end(raw);
  return out;
}

/** The whole visible text of a document, as a reader of the raw export would see it. */
export function textOf(file: string): string {
  const raw = rawOf(file);
  return file.endsWith('.html') ? htmlText(raw) : raw;
}

/** URL a document declares for itself: its sidecar's, else its HTML canonical link. */
export function urlOf(file: string): string | null {
  const sidecarUrl = sidecarOf(file)?.url;
  if (typeof sidecarUrl === 'string') return sidecarUrl;
  return /<link rel="canonical" href="([^"]+)"/.exec(rawOf(file))?.[1] ?? null;
}

export function hreflangTargets(file: string): string[] {
  return [...rawOf(file).matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)].map((m) => m[1]);
}

export function sidecarTranslationUrls(file: string): string[] {
  const translations = sidecarOf(file)?.translations;
  return Array.isArray(translations) ? translations.map((t) => (t as { url?: string }).url).filter((u): u is string => !!u) : [];
}

/**
 * Lines found in at least this many documents are site chrome (menus, footers, banners, strips):
 * two documents may share a line because they are a page and its copy; three no longer are.
 */
export const CHROME_MIN_DOCUMENTS = 3;

export function chromeLines(texts: Map<string, string>): string[] {
  const documentsOf = new Map<string, Set<string>>();
  for (const [file, text] of texts)
    for (const line of text.split('\n')) {
      const key = normalizeForMatch(line).trim();
      if (key) documentsOf.set(key, (documentsOf.get(key) ?? new Set()).add(file));
    }
  return [...documentsOf].filter(([, files]) => files.size >= CHROME_MIN_DOCUMENTS).map(([line]) => line);
}
