// The index on disk: a round trip keeps everything, the manifest's checksums are real, and every
// kind of damage (or an index built by another embedder) is refused with an IndexError that says
// what to run, never a crash.
import { lstatSync, readdirSync, readFileSync, realpathSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/corpus/load.js';
import { buildsDirOf } from '../../src/index/atomicDir.js';
import { IndexError, loadIndex, writeIndex, type IndexToWrite } from '../../src/index/diskIndex.js';
import { INDEX_FILES } from '../../src/index/manifest.js';
import { EMPTY_GLOSSARY } from '../../src/text/glossary.js';
import type { Chunk } from '../../src/types.js';
import { workspace, type Workspace } from './support.js';

const DIMS = 16;
const EMBEDDER = 'test-embedder-d16';
const LOAD = { embedderId: EMBEDDER, efSearch: 50 };

/** A small index of n synthetic passages with deterministic vectors. */
function syntheticIndex(n: number, buildId = `build-${n}`, embedder = { id: EMBEDDER, dims: DIMS }): IndexToWrite {
  const dims = embedder.dims;
  const chunks: Chunk[] = Array.from({ length: n }, (_, i) => ({
    text: `Passage numéro ${i}.`,
    source: 'corpus/synthetic.txt',
    title: 'Synthétique',
    heading: i % 2 ? 'Section B' : null,
    lines: [i + 1, i + 1],
    hash: sha256(`Passage numéro ${i}.`),
  }));
  const vectors = new Float32Array(n * dims);
  for (let i = 0; i < vectors.length; i++) vectors[i] = Math.sin(i * 12.9898) * 0.5 + Math.cos(i * 0.37);
  const hnsw = new hnswlib.HierarchicalNSW('cosine', dims);
  hnsw.initIndex({ maxElements: Math.max(n, 1), m: 16, efConstruction: 200, randomSeed: 100 });
  for (let i = 0; i < n; i++) hnsw.addPoint(Array.from(vectors.subarray(i * dims, (i + 1) * dims)), i);
  return {
    chunks,
    vectors,
    glossary: { ...EMPTY_GLOSSARY, acronyms: ['OIM'] },
    hnsw,
    manifest: {
      buildId,
      builtAt: new Date(0).toISOString(),
      buildMs: 1,
      pipelineVersion: 1,
      embedder: { id: embedder.id, dimensions: dims },
      chunking: { chunkSize: 1200, chunkOverlap: 200 },
      hnsw: { space: 'cosine', m: 16, efConstruction: 200 },
      sources: [{ source: 'corpus/synthetic.txt', sha256: 'x', fingerprint: 'y', chunks: n }],
      chunkCount: n,
      glossary: { source: null, entries: 0 },
    },
  };
}

let ws: Workspace;
beforeEach(() => {
  ws = workspace({ empty: true });
});
afterEach(() => ws.cleanup());

describe('writeIndex / loadIndex round trip', () => {
  it('gives back the passages, vectors, glossary and a searchable graph with ef set', async () => {
    const written = syntheticIndex(40);
    await writeIndex(ws.indexDir, written);
    const loaded = await loadIndex(ws.indexDir, LOAD);
    expect(loaded.chunks).toEqual(written.chunks);
    expect(Array.from(loaded.vectors)).toEqual(Array.from(written.vectors));
    expect(loaded.glossary).toEqual(written.glossary);
    expect(loaded.manifest).toMatchObject({ chunkCount: 40, embedder: { id: EMBEDDER, dimensions: DIMS }, buildId: 'build-40' });
    expect(loaded.hnsw.getEf()).toBe(50);
    const query = Array.from(written.vectors.subarray(7 * DIMS, 8 * DIMS));
    expect(loaded.hnsw.searchKnn(query, 3).neighbors).toEqual(written.hnsw.searchKnn(query, 3).neighbors);
    expect(loaded.hnsw.searchKnn(query, 1).neighbors).toEqual([7]);
  });

  it('records a sha256 of every index file in the manifest', async () => {
    await writeIndex(ws.indexDir, syntheticIndex(10));
    const dir = realpathSync(ws.indexDir);
    const manifest = JSON.parse(readFileSync(path.join(dir, INDEX_FILES.manifest), 'utf8'));
    const listed = Object.keys(manifest.files).sort();
    expect(listed).toEqual([INDEX_FILES.chunks, INDEX_FILES.glossary, INDEX_FILES.hnsw, INDEX_FILES.vectors].sort());
    for (const name of listed) expect(manifest.files[name], name).toBe(sha256(readFileSync(path.join(dir, name))));
  });

  it('publishes through a symlink to a complete build and leaves no partial build behind', async () => {
    await writeIndex(ws.indexDir, syntheticIndex(5, 'first'));
    await writeIndex(ws.indexDir, syntheticIndex(6, 'second'));
    expect(lstatSync(ws.indexDir).isSymbolicLink()).toBe(true);
    expect((await loadIndex(ws.indexDir, LOAD)).manifest.buildId).toBe('second');
    expect(readdirSync(buildsDirOf(ws.indexDir)).filter((e) => e.endsWith('.partial'))).toEqual([]);
  });

  it('refuses an index built by another embedder, saying to run npm run ingest', async () => {
    await writeIndex(ws.indexDir, syntheticIndex(5));
    const error = await loadIndex(ws.indexDir, { ...LOAD, embedderId: 'local-hash-v1-d512' }).catch((e) => e);
    expect(error).toBeInstanceOf(IndexError);
    expect(error.message).toContain('npm run ingest');
    expect(error.message).toContain(EMBEDDER);
  });

  it('refuses a missing index with what to run', async () => {
    const error = await loadIndex(ws.indexDir, LOAD).catch((e) => e);
    expect(error).toBeInstanceOf(IndexError);
    expect(error.message).toMatch(/npm run ingest/);
  });
});

describe('a damaged index is refused with an IndexError', () => {
  const fileIn = (name: string) => path.join(realpathSync(ws.indexDir), name);
  const alterByte = (name: string, at = 0.5) => {
    const bytes = readFileSync(fileIn(name));
    const i = Math.floor(bytes.length * at);
    bytes[i] = bytes[i] ^ 0x5a;
    writeFileSync(fileIn(name), bytes);
  };
  const editManifest = (edit: (m: any) => void) => {
    const m = JSON.parse(readFileSync(fileIn(INDEX_FILES.manifest), 'utf8'));
    edit(m);
    writeFileSync(fileIn(INDEX_FILES.manifest), JSON.stringify(m));
  };

  const damages: [string, () => void, RegExp][] = [
    ['hnsw.bin truncated', () => truncateSync(fileIn(INDEX_FILES.hnsw), 100), /checksum/],
    ['hnsw.bin with one byte altered', () => alterByte(INDEX_FILES.hnsw), /checksum/],
    ['hnsw.bin emptied', () => truncateSync(fileIn(INDEX_FILES.hnsw), 0), /checksum/],
    ['chunks.json with one byte altered', () => alterByte(INDEX_FILES.chunks, 0.3), /checksum/],
    ['chunks.json truncated', () => truncateSync(fileIn(INDEX_FILES.chunks), 20), /checksum/],
    ['vectors.f32 truncated', () => truncateSync(fileIn(INDEX_FILES.vectors), 64), /checksum/],
    ['glossary.json deleted', () => rmSync(fileIn(INDEX_FILES.glossary)), /missing/],
    ['manifest.json truncated', () => truncateSync(fileIn(INDEX_FILES.manifest), 30), /not valid JSON/],
    [
      'manifest.json replaced by garbage',
      () => writeFileSync(fileIn(INDEX_FILES.manifest), Buffer.from([0xff, 0x00, 0x7b])),
      /not valid JSON/,
    ],
    ['manifest.json of another format', () => editManifest((m) => (m.formatVersion = 99)), /not one this version understands/],
    ['manifest.json missing a file checksum', () => editManifest((m) => delete m.files[INDEX_FILES.vectors]), /missing/],
    ['manifest.json with another file checksum', () => editManifest((m) => (m.files[INDEX_FILES.chunks] = sha256('other'))), /checksum/],
    ['manifest.json claiming another passage count', () => editManifest((m) => (m.chunkCount = 11)), /inconsistent/],
  ];

  it.each(damages)('%s', async (_, damage, why) => {
    await writeIndex(ws.indexDir, syntheticIndex(12));
    damage();
    const error = await loadIndex(ws.indexDir, LOAD).catch((e) => e);
    expect(error).toBeInstanceOf(IndexError);
    expect(error.message).toMatch(why);
    expect(error.message).toContain('npm run ingest');
  });

  // KNOWN BUG (reported): when the checksums were forged to match (or hnswlib cannot read a file it
  // wrote), hnswlib's own "Index seems to be corrupted" escapes as a plain Error, so the CLI prints
  // "Unexpected error" instead of what to run. Flip to it() once readIndex is wrapped.
  it('refuses a graph file that hnswlib cannot read even when its checksum matches', async () => {
    await writeIndex(ws.indexDir, syntheticIndex(12));
    truncateSync(fileIn(INDEX_FILES.hnsw), 200);
    editManifest((m) => (m.files[INDEX_FILES.hnsw] = sha256(readFileSync(fileIn(INDEX_FILES.hnsw)))));
    await expect(loadIndex(ws.indexDir, LOAD)).rejects.toBeInstanceOf(IndexError);
  });
});
