// Reading and writing an index folder: hnswlib graph, passages, raw vectors (reused by the next
// incremental build), the EN→FR glossary, and a manifest with a sha256 for every file.
import { readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { z } from 'zod';
import { sha256 } from '../corpus/load.js';
import type { Chunk } from '../types.js';
import { createPartialBuild, fsyncPath, publishBuild, pruneBuilds } from './atomicDir.js';
import { INDEX_FILES, INDEX_FORMAT_VERSION, manifestSchema, type Manifest } from './manifest.js';
import type { Glossary } from '../text/glossary.js';

export class IndexError extends Error {}

export interface IndexContents {
  manifest: Manifest;
  chunks: Chunk[];
  vectors: Float32Array;
  glossary: Glossary;
  hnsw: hnswlib.HierarchicalNSW;
  /** The resolved folder the index was read from (one build). */
  dir: string;
}

export type IndexToWrite = Omit<IndexContents, 'dir' | 'manifest'> & {
  manifest: Omit<Manifest, 'files' | 'formatVersion'>;
};

async function writeSynced(file: string, data: string | Uint8Array): Promise<string> {
  await writeFile(file, data);
  await fsyncPath(file);
  return sha256(typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}

/** Write a complete build privately, then publish it atomically over indexDir. */
export async function writeIndex(indexDir: string, index: IndexToWrite): Promise<string> {
  // The build served until now is kept beside the new one: a server may still be reading it.
  const previous = await realpath(indexDir).catch(() => null);
  const dir = await createPartialBuild(indexDir, index.manifest.buildId);
  const hnswFile = path.join(dir, INDEX_FILES.hnsw);
  await index.hnsw.writeIndex(hnswFile);
  await fsyncPath(hnswFile);
  const files: Record<string, string> = {
    [INDEX_FILES.hnsw]: sha256(await readFile(hnswFile)),
    [INDEX_FILES.chunks]: await writeSynced(path.join(dir, INDEX_FILES.chunks), JSON.stringify(index.chunks)),
    [INDEX_FILES.vectors]: await writeSynced(
      path.join(dir, INDEX_FILES.vectors),
      new Uint8Array(index.vectors.buffer, index.vectors.byteOffset, index.vectors.byteLength),
    ),
    [INDEX_FILES.glossary]: await writeSynced(path.join(dir, INDEX_FILES.glossary), JSON.stringify(index.glossary)),
  };
  const manifest: Manifest = { formatVersion: INDEX_FORMAT_VERSION, ...index.manifest, files };
  // The manifest is written last: a build folder without one was never finished.
  await writeSynced(path.join(dir, INDEX_FILES.manifest), JSON.stringify(manifest, null, 2));
  const published = await publishBuild(indexDir, dir);
  await pruneBuilds(indexDir, previous ? [published, previous] : [published]);
  return published;
}

const fix = 'run `npm run ingest` to rebuild it';

export async function readManifest(indexDir: string): Promise<{ dir: string; manifest: Manifest }> {
  let dir: string;
  let text: string;
  try {
    dir = await realpath(indexDir);
    text = await readFile(path.join(dir, INDEX_FILES.manifest), 'utf8');
  } catch {
    throw new IndexError(`No index at ${indexDir}: run \`npm run ingest\` to build it.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new IndexError(`The index manifest in ${indexDir} is not valid JSON (corrupted): ${fix}.`);
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) throw new IndexError(`The index manifest in ${indexDir} is not one this version understands: ${fix}.`);
  return { dir, manifest: manifest.data };
}

async function readVerified(dir: string, manifest: Manifest, name: string, indexDir: string): Promise<Buffer> {
  const expected = manifest.files[name];
  const bytes = await readFile(path.join(dir, name)).catch(() => null);
  if (!bytes || !expected) throw new IndexError(`Index file ${name} is missing from ${indexDir}: ${fix}.`);
  if (sha256(bytes) !== expected)
    throw new IndexError(`Index file ${name} in ${indexDir} does not match its checksum (corrupted or altered): ${fix}.`);
  return bytes;
}

export interface LoadOptions {
  embedderId: string;
  efSearch: number;
}

/** Load and verify an index; any problem is an IndexError that says what to run, never a crash. */
export async function loadIndex(indexDir: string, options: LoadOptions): Promise<IndexContents> {
  const { dir, manifest } = await readManifest(indexDir);
  if (manifest.embedder.id !== options.embedderId) {
    throw new IndexError(
      `Index ${indexDir} was built with embedder ${manifest.embedder.id}, but the configuration asks for ${options.embedderId}: run \`npm run ingest\` (or set EMBEDDINGS back).`,
    );
  }
  // Checksums are verified before hnswlib reads the graph: its native reader trusts its input.
  await readVerified(dir, manifest, INDEX_FILES.hnsw, indexDir);
  const chunksBytes = await readVerified(dir, manifest, INDEX_FILES.chunks, indexDir);
  const vectorBytes = await readVerified(dir, manifest, INDEX_FILES.vectors, indexDir);
  const glossaryBytes = await readVerified(dir, manifest, INDEX_FILES.glossary, indexDir);
  const chunks = z.array(z.any()).parse(JSON.parse(chunksBytes.toString('utf8'))) as Chunk[];
  const vectors = new Float32Array(vectorBytes.buffer.slice(vectorBytes.byteOffset, vectorBytes.byteOffset + vectorBytes.byteLength));
  const dims = manifest.embedder.dimensions;
  if (chunks.length !== manifest.chunkCount || vectors.length !== chunks.length * dims) {
    throw new IndexError(
      `Index ${indexDir} is inconsistent (${chunks.length} passages, ${vectors.length / dims} vectors, manifest says ${manifest.chunkCount}): ${fix}.`,
    );
  }
  const hnsw = new hnswlib.HierarchicalNSW('cosine', dims);
  try {
    await hnsw.readIndex(path.join(dir, INDEX_FILES.hnsw));
  } catch (error) {
    throw new IndexError(
      `Index file ${INDEX_FILES.hnsw} in ${indexDir} cannot be read (${error instanceof Error ? error.message : String(error)}): ${fix}.`,
    );
  }
  if (hnsw.getCurrentCount() !== chunks.length)
    throw new IndexError(`Index ${indexDir} graph holds ${hnsw.getCurrentCount()} points for ${chunks.length} passages: ${fix}.`);
  hnsw.setEf(options.efSearch);
  return { manifest, chunks, vectors, glossary: JSON.parse(glossaryBytes.toString('utf8')) as Glossary, hnsw, dir };
}

/** The passages of one build, checksum verified: for what is built beside the retriever (the answer layer's outline of the corpus). */
export async function readChunks(buildDir: string): Promise<Chunk[]> {
  const { dir, manifest } = await readManifest(buildDir);
  const bytes = await readVerified(dir, manifest, INDEX_FILES.chunks, buildDir);
  return z.array(z.any()).parse(JSON.parse(bytes.toString('utf8'))) as Chunk[];
}
