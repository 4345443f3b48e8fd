// Shared setup for the core tests: throw-away corpus and index folders, configs pointing at them,
// and an embedder fake that counts its work (incremental ingestion is judged by what it embeds).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../../src/config.js';
import type { Embedder } from '../../src/embed/index.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REAL_CORPUS_FILE = path.join(REPO_ROOT, 'corpus/oim-qui-sommes-nous.txt');

export function readRealCorpus(): Promise<string> {
  return readFile(REAL_CORPUS_FILE, 'utf8');
}

export interface Workspace {
  root: string;
  corpusDir: string;
  indexDir: string;
  config(env?: Record<string, string>): Config;
  cleanup(): void;
}

/**
 * A temp folder with corpus/ (a copy of the real corpus unless `empty`) and an index path under it.
 * The dictionary is off by default: most tests are about mechanics, and it costs half a second a build.
 */
export function workspace(options: { empty?: boolean } = {}): Workspace {
  const root = mkdtempSync(path.join(os.tmpdir(), 'oim-core-'));
  const corpusDir = path.join(root, 'corpus');
  if (options.empty) mkdirSync(corpusDir);
  else cpSync(path.join(REPO_ROOT, 'corpus'), corpusDir, { recursive: true });
  const indexDir = path.join(root, 'indexes', 'default');
  return {
    root,
    corpusDir,
    indexDir,
    config: (env = {}) => loadConfig({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, USE_DICTIONARY: 'false', ...env }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The local embedder, counting the passages it is asked to embed. */
export class CountingEmbeddings extends LocalHashEmbeddings {
  embeddedTexts: string[] = [];
  override async embedDocuments(documents: string[]): Promise<number[][]> {
    this.embeddedTexts.push(...documents);
    return super.embedDocuments(documents);
  }
}

export function countingEmbedder(dimensions = 512): Embedder & { embeddings: CountingEmbeddings } {
  const embeddings = new CountingEmbeddings(dimensions);
  return { id: embeddings.id, embeddings };
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
