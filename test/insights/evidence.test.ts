// The evidence snapshot against a real index built from a small corpus written here: a passage is
// unchanged while the index holds its hash (or the file still holds its words), changed once the
// file says something else and the index is rebuilt, and its source missing once the file is gone.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { readManifest } from '../../src/index/diskIndex.js';
import { diskCorpus, wordsOnly } from '../../src/insights/evidence/currentCorpus.js';
import { evidenceSnapshot } from '../../src/insights/evidence/snapshot.js';
import type { TurnView } from '../../src/contract/insights.js';
import { ingest } from '../../src/ingest/ingest.js';
import type { Chunk } from '../../src/types.js';
import { tempDir } from './support.js';

const HARBOUR = [
  'Harbour notes',
  '',
  'The harbour office opens at seven in the morning and closes at six in the evening, every day of the week except public holidays.',
  '',
  'Boats longer than twelve metres must book a berth two days ahead through the harbour master, who keeps the register of arrivals.',
].join('\n');

const GARDEN =
  'Garden notes\n\nThe community garden lends tools on Saturdays to anyone who lives in the district and brings them back by Sunday evening.\n';

let dir: string;
let cleanup: () => Promise<void>;
let corpusDir: string;
let indexDir: string;

async function build(): Promise<Chunk[]> {
  const config = loadConfig({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir });
  await ingest({ config, embedder: createEmbedder(config) });
  const { dir: current } = await readManifest(indexDir);
  return JSON.parse(await readFile(path.join(current, 'chunks.json'), 'utf8')) as Chunk[];
}

function turnCiting(chunks: Chunk[], buildId: string): TurnView {
  return {
    answerId: '6f1c1c51-9a4e-4f7e-9d55-1a1f0c7c2b10',
    createdAt: '2025-03-10T12:00:00.000Z',
    question: 'When does the harbour office open?',
    language: 'en',
    answer: 'At seven [1].',
    grounded: true,
    mode: 'extractive',
    fallback: false,
    latencyMs: 5,
    indexBuildId: buildId,
    feedback: null,
    citations: chunks.map((c, i) => ({
      id: i + 1,
      source: c.source,
      title: c.title,
      heading: c.heading,
      lines: c.lines,
      text: c.text,
      hash: c.hash,
      score: 0.5,
    })),
  };
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('oim-evidence-'));
  corpusDir = path.join(dir, 'corpus');
  indexDir = path.join(dir, 'index');
  await mkdir(corpusDir);
  await writeFile(path.join(corpusDir, 'harbour.txt'), HARBOUR);
  await writeFile(path.join(corpusDir, 'garden.txt'), GARDEN);
});
afterAll(async () => {
  await cleanup();
});

describe('evidence snapshot', () => {
  it('says unchanged, then changed after the file is edited and re-ingested, then source missing once it is gone', async () => {
    const chunks = await build();
    const harbour = chunks.filter((c) => c.source === 'corpus/harbour.txt' && c.text.includes('seven'));
    expect(harbour).toHaveLength(1);
    const { manifest: first } = await readManifest(indexDir);
    const turn = turnCiting(harbour, first.buildId);
    const corpus = diskCorpus({ indexDir, corpusDir });

    const before = await evidenceSnapshot(turn, corpus);
    expect(before.citations.map((c) => c.current)).toEqual(['unchanged']);
    expect(before).toMatchObject({ unchanged: true, currentBuildId: first.buildId, indexBuildId: first.buildId });

    await writeFile(path.join(corpusDir, 'harbour.txt'), HARBOUR.replace('seven in the morning', 'nine in the morning'));
    await build();
    const { manifest: second } = await readManifest(indexDir);
    expect(second.buildId).not.toBe(first.buildId);
    const after = await evidenceSnapshot(turn, corpus);
    expect(after.citations[0]).toMatchObject({ current: 'changed', text: harbour[0].text, hash: harbour[0].hash });
    expect(after).toMatchObject({ unchanged: false, currentBuildId: second.buildId, indexBuildId: first.buildId });

    await rm(path.join(corpusDir, 'harbour.txt'));
    expect((await evidenceSnapshot(turn, corpus)).citations[0].current).toBe('source_missing');
  });

  it('says unchanged when the index no longer has the hash but the file still holds the words', async () => {
    const chunks = await build();
    const garden = chunks.filter((c) => c.source === 'corpus/garden.txt');
    const turn = turnCiting(
      garden.map((c) => ({ ...c, hash: 'not-in-any-index' })),
      'old-build',
    );
    const snapshot = await evidenceSnapshot(turn, diskCorpus({ indexDir, corpusDir }));
    expect(snapshot.citations.map((c) => c.current)).toEqual(garden.map(() => 'unchanged'));
  });

  it('never reads outside the corpus folder', async () => {
    const corpus = diskCorpus({ indexDir, corpusDir });
    expect(await corpus.status({ source: 'corpus/../../etc/passwd', text: 'root', hash: 'x' })).toBe('source_missing');
  });

  it('compares words, not markup or punctuation', () => {
    expect(wordsOnly('<p>L’OIM,   fondée\nen 1951.</p>')).toBe('l oim fondée en 1951');
  });
});
