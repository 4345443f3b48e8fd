// What an index holds, as the multi-document measures need it: how many passages, and how many
// of them repeat a text already indexed (a menu on every page, a page captured twice).
import type { Config } from '../config.js';
import { createEmbedder } from '../embed/index.js';
import { loadIndex } from '../index/diskIndex.js';
import type { Chunk } from '../types.js';
import { normalizeForMatch } from './questionSet.js';

export interface DuplicateGroup {
  /** The passage text, as first indexed. */
  text: string;
  /** How many passages carry it. */
  copies: number;
  sources: string[];
}

export interface IndexStats {
  passages: number;
  documents: number;
  /** Passages whose normalised text was already indexed (copies beyond the first). */
  duplicatePassages: number;
  /** Texts indexed more than once, most copies first. */
  duplicateGroups: DuplicateGroup[];
}

export function indexStats(chunks: Chunk[]): IndexStats {
  const groups = new Map<string, { text: string; sources: string[] }>();
  for (const chunk of chunks) {
    const key = normalizeForMatch(chunk.text).trim();
    const group = groups.get(key) ?? { text: chunk.text, sources: [] };
    group.sources.push(chunk.source);
    groups.set(key, group);
  }
  const duplicateGroups = [...groups.values()]
    .filter((g) => g.sources.length > 1)
    .map((g) => ({ text: g.text, copies: g.sources.length, sources: [...new Set(g.sources)] }))
    .sort((a, b) => b.copies - a.copies);
  return {
    passages: chunks.length,
    documents: new Set(chunks.map((c) => c.source)).size,
    duplicatePassages: chunks.length - groups.size,
    duplicateGroups,
  };
}

const EXCERPT_CHARS = 70;
const GROUPS_SHOWN = 5;

export function formatIndexStats(stats: IndexStats): string {
  const lines = [
    `index: ${stats.passages} passages from ${stats.documents} documents · duplicate passages (same normalised text indexed more than once): ${stats.duplicatePassages} in ${stats.duplicateGroups.length} texts`,
  ];
  for (const g of stats.duplicateGroups.slice(0, GROUPS_SHOWN)) {
    const excerpt = g.text.replace(/\s+/g, ' ').slice(0, EXCERPT_CHARS);
    lines.push(`  ${g.copies}× from ${g.sources.length} documents: "${excerpt}${g.text.length > EXCERPT_CHARS ? '…' : ''}"`);
  }
  return lines.join('\n');
}

/** The statistics of the index a configuration points at. */
export async function loadIndexStats(config: Config): Promise<IndexStats> {
  const { chunks } = await loadIndex(config.INDEX_DIR, { embedderId: createEmbedder(config).id, efSearch: config.HNSW_EF_SEARCH });
  return indexStats(chunks);
}
