// "Does the current corpus still say the same?" for a passage recorded with an answer: yes when the
// index now on disk holds a passage with the same hash, or when the source file still contains its
// words (the passage may have been cut differently after an edit elsewhere in the file).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readManifest } from '../../index/diskIndex.js';
import type { PassageStatus } from '../../contract/insights.js';
import { INDEX_FILES } from '../../index/manifest.js';

export interface CurrentCorpus {
  /** Build id of the current index, or null when there is none. */
  buildId(): Promise<string | null>;
  status(passage: { source: string; text: string; hash: string }): Promise<PassageStatus>;
}

/** Source paths in the index are "corpus/<path under CORPUS_DIR>". */
const SOURCE_PREFIX = 'corpus/';

/** The words of a text, in order, without markup or punctuation: what "says the same" compares. */
export function wordsOnly(text: string): string {
  return (
    text
      .replace(/<[^>]*>/g, ' ')
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.join(' ') ?? ''
  );
}

export interface DiskCorpusOptions {
  indexDir: string;
  corpusDir: string;
}

/** The index at INDEX_DIR and the files under CORPUS_DIR, as they are on disk now. */
export function diskCorpus(options: DiskCorpusOptions): CurrentCorpus {
  // One hash set per build: a snapshot page checks five passages, a reload brings a new build.
  let cached: { buildId: string; hashes: Promise<Set<string>> } | null = null;

  async function current(): Promise<{ buildId: string; hashes: Promise<Set<string>> } | null> {
    let found: Awaited<ReturnType<typeof readManifest>>;
    try {
      found = await readManifest(options.indexDir);
    } catch {
      return null;
    }
    if (cached?.buildId !== found.manifest.buildId) {
      const file = path.join(found.dir, INDEX_FILES.chunks);
      cached = {
        buildId: found.manifest.buildId,
        hashes: readFile(file, 'utf8').then((json) => new Set((JSON.parse(json) as Array<{ hash: string }>).map((c) => c.hash))),
      };
    }
    return cached;
  }

  async function sourceText(source: string): Promise<string | null> {
    if (!source.startsWith(SOURCE_PREFIX)) return null;
    const root = path.resolve(options.corpusDir);
    const file = path.resolve(root, source.slice(SOURCE_PREFIX.length));
    // Paths come from the database: never read outside the corpus folder.
    if (!file.startsWith(root + path.sep)) return null;
    return readFile(file, 'utf8').catch(() => null);
  }

  return {
    buildId: async () => (await current())?.buildId ?? null,
    async status(passage) {
      const index = await current();
      if (index && (await index.hashes.catch(() => new Set<string>())).has(passage.hash)) return 'unchanged';
      const text = await sourceText(passage.source);
      if (text === null) return 'source_missing';
      return wordsOnly(text).includes(wordsOnly(passage.text)) ? 'unchanged' : 'changed';
    },
  };
}
