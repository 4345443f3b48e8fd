// The baseline for the x86-64-v3 build of hnswlib-node (scripts/tune-hnswlib.ts): the same graph,
// searched with the portable build that the tuning replaced, query by query in alternation with
// the installed build so that both see the same machine load.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type hnswlib from 'hnswlib-node';
import { portableAddon } from '../tune-hnswlib.js';
import { summarize, type LatencySummary } from './stats.js';

export interface BuildComparison {
  installed: LatencySummary;
  portable: LatencySummary;
  /** Share of the installed build's top-k that the portable build also returns (the same graph: should be 1). */
  sameResults: number;
}

export async function compareWithPortable(
  graph: hnswlib.HierarchicalNSW,
  dimensions: number,
  ef: number,
  queries: number[][],
  k: number,
): Promise<BuildComparison | null> {
  const addonPath = portableAddon();
  if (!addonPath) return null;
  const portable = createRequire(import.meta.url)(addonPath) as typeof hnswlib;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oim-bench-portable-'));
  try {
    const file = path.join(dir, 'graph.bin');
    await graph.writeIndex(file);
    const copy = new portable.HierarchicalNSW('cosine', dimensions);
    await copy.readIndex(file);
    copy.setEf(ef);
    const samples = { installed: [] as number[], portable: [] as number[] };
    let same = 0;
    for (const query of queries) {
      let started = performance.now();
      const mine = graph.searchKnn(query, k).neighbors;
      samples.installed.push(performance.now() - started);
      started = performance.now();
      const theirs = new Set(copy.searchKnn(query, k).neighbors);
      samples.portable.push(performance.now() - started);
      same += mine.filter((l) => theirs.has(l)).length / k;
    }
    return { installed: summarize(samples.installed), portable: summarize(samples.portable), sameResults: same / queries.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
