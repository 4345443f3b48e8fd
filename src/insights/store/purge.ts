// The retention purge's deletes: the turns created before a cutoff, a chunk per transaction, then
// the answers no turn gives any more (their citations with them) and the passages no answer cites.
// Who runs it, and when, is retention.ts's and lease.ts's business.
import type { InsightsDb } from '../db/schema.js';
import { dayOf } from '../recording/turn.js';
import { KEYS_PER_QUERY, toNumber } from './sql.js';

/**
 * Turns deleted per transaction of a purge. One transaction for all of them held a row per deleted
 * turn in memory (+204 MB of RSS for a million turns on SQLite), SQLite's write lock and, SQLite
 * being synchronous, this thread's event loop for the whole purge (26 s for that million): longer
 * than the writer thread waits for the lock (busy_timeout, 5 s) and than PostgreSQL lets a
 * statement run (15 s, db/open.ts). In chunks of 5,000 the same purge took 42 s in all, with no
 * RSS growth; at 200,000 turns the event loop was held at most 0.4 s at a time (chunks of 1,000
 * did not do better on this loaded machine: 0.8 s, 16 s in all). Scratch measures, load about 7.
 */
export const PURGE_CHUNK_TURNS = 5000;

/**
 * Deletes the turns created before the cutoff, then the answers no turn gives any more (their
 * citations with them) and the passages no answer cites; returns how many turns went. The turns
 * go a chunk at a time (PURGE_CHUNK_TURNS), each chunk in its own transaction, so that a first
 * purge of millions of turns neither holds a row per deleted turn in memory nor holds SQLite's
 * write lock (and the writer thread's batches) for all of its length. Uncited passages are
 * removed once, after the last chunk: that query scans every citation.
 */
export async function purgeBefore(db: InsightsDb, cutoff: Date, chunkTurns = PURGE_CHUNK_TURNS): Promise<number> {
  const iso = cutoff.toISOString();
  let total = 0;
  let answersDeleted = false;
  for (;;) {
    const chunk = await purgeChunk(db, iso, chunkTurns);
    total += chunk.turns;
    answersDeleted ||= chunk.answers > 0;
    if (chunk.turns < chunkTurns) break;
    // SQLite runs synchronously on the thread that purges: without a turn of the event loop between
    // chunks, that thread's other work (requests, or the writer thread's batches) would wait for
    // the whole purge, only in several transactions.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (answersDeleted)
    await db.deleteFrom('passages').where('hash', 'not in', db.selectFrom('answer_citations').select('text_hash')).execute();
  return total;
}

/**
 * One chunk of a purge: the turns are found through the day index (created before the cutoff: on
 * its day or before), and an answer's turns are its turn_count, less those deleted here. The
 * delete comes first: it takes SQLite's write lock before anything is read, so the writer
 * thread's batches wait for the chunk rather than invalidate what it read.
 */
function purgeChunk(db: InsightsDb, iso: string, chunkTurns: number): Promise<{ turns: number; answers: number }> {
  return db.transaction().execute(async (trx) => {
    const due = trx.selectFrom('turns').select('id').where('day', '<=', dayOf(iso)).where('created_at', '<', iso).limit(chunkTurns);
    const deleted = await trx.deleteFrom('turns').where('id', 'in', due).returning('answer_hash').execute();
    const gone = new Map<string, number>();
    for (const { answer_hash } of deleted) gone.set(answer_hash, (gone.get(answer_hash) ?? 0) + 1);
    for (const [hash, turns] of gone)
      await trx
        .updateTable('answers')
        .set((eb) => ({ turn_count: eb('turn_count', '-', turns) }))
        .where('hash', '=', hash)
        .execute();
    const candidates = [...gone.keys()];
    let answers = 0;
    for (let i = 0; i < candidates.length; i += KEYS_PER_QUERY) {
      const unused = trx
        .selectFrom('answers')
        .select('hash')
        .where('hash', 'in', candidates.slice(i, i + KEYS_PER_QUERY))
        .where('turn_count', '<=', 0);
      await trx.deleteFrom('answer_citations').where('answer_hash', 'in', unused).execute();
      const result = await trx.deleteFrom('answers').where('hash', 'in', unused).executeTakeFirst();
      answers += toNumber(result.numDeletedRows);
    }
    return { turns: deleted.length, answers };
  });
}
