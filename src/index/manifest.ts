// What an index on disk says about itself; checked on every load.
import { z } from 'zod';

export const INDEX_FORMAT_VERSION = 1;

export const manifestSchema = z.object({
  formatVersion: z.literal(INDEX_FORMAT_VERSION),
  buildId: z.string(),
  builtAt: z.string(),
  buildMs: z.number(),
  /** Version of cleaning, chunking and glossary rules: a new one means a rebuild. */
  pipelineVersion: z.number().int(),
  embedder: z.object({ id: z.string(), dimensions: z.number().int().positive() }),
  chunking: z.object({ chunkSize: z.number().int(), chunkOverlap: z.number().int() }),
  hnsw: z.object({ space: z.literal('cosine'), m: z.number().int(), efConstruction: z.number().int() }),
  sources: z.array(
    z.object({
      source: z.string(),
      sha256: z.string(),
      fingerprint: z.string(),
      chunks: z.number().int(),
      /** What ingestion learnt about the document (optional: manifests before pipeline 8 lack it). */
      title: z.string().optional(),
      titleFrom: z.enum(['sidecar', 'heading', 'html', 'file']).optional(),
      language: z.string().optional(),
      languageFrom: z.enum(['sidecar', 'html', 'detected']).optional(),
      /** ISO 8601 date ('YYYY-MM-DD' or 'YYYY-MM') and where it comes from. */
      date: z.string().optional(),
      dateKind: z.enum(['published', 'updated', 'dateline', 'url']).optional(),
      url: z.string().optional(),
      /** The same page in other languages, and what linked them. */
      translations: z
        .array(z.object({ language: z.string(), source: z.string(), evidence: z.enum(['sidecar', 'hreflang', 'address', 'anchors']) }))
        .optional(),
    }),
  ),
  files: z.record(z.string(), z.string()),
  chunkCount: z.number().int().nonnegative(),
  /** The labels of the site's menus, left out as navigation at ingestion (pipeline 11 on). */
  navigation: z.array(z.string()).optional(),
  glossary: z.object({ source: z.string().nullable(), entries: z.number().int().nonnegative() }),
});

export type Manifest = z.infer<typeof manifestSchema>;

export const INDEX_FILES = {
  manifest: 'manifest.json',
  hnsw: 'hnsw.bin',
  chunks: 'chunks.json',
  vectors: 'vectors.f32',
  glossary: 'glossary.json',
} as const;
