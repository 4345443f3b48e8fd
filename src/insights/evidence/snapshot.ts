// The evidence snapshot of one answer (/a/<id>): the answer exactly as stored, each cited passage
// with its full text as it was, and for each whether the current corpus still says the same.
import type { StoredCitation, TurnView } from '../store/views.js';
import type { CurrentCorpus, PassageStatus } from './currentCorpus.js';

export interface SnapshotCitation extends StoredCitation {
  current: PassageStatus;
}

export interface EvidenceSnapshot extends Omit<TurnView, 'citations'> {
  citations: SnapshotCitation[];
  /** The index build serving now, beside the one that answered (indexBuildId). */
  currentBuildId: string | null;
  /** True when every cited passage is unchanged in the current corpus. */
  unchanged: boolean;
  checkedAt: string;
}

export async function evidenceSnapshot(turn: TurnView, corpus: CurrentCorpus, now = new Date()): Promise<EvidenceSnapshot> {
  const [currentBuildId, citations] = await Promise.all([
    corpus.buildId(),
    Promise.all(turn.citations.map(async (c) => ({ ...c, current: await corpus.status(c) }))),
  ]);
  return {
    ...turn,
    citations,
    currentBuildId,
    unchanged: citations.every((c) => c.current === 'unchanged'),
    checkedAt: now.toISOString(),
  };
}
