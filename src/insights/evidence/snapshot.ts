// The evidence snapshot of one answer (/a/<id>): the answer exactly as stored, each cited passage
// with its full text as it was, and for each whether the current corpus still says the same.
import type { EvidenceSnapshot, TurnView } from '../../contract/insights.js';
import type { CurrentCorpus } from './currentCorpus.js';

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
