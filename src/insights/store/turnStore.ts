// Reads and writes of turns: batched inserts from the recorder, one turn with its citations for the
// evidence snapshot, feedback, the retention purge and the export. Insights aggregates are in
// insightQueries.ts.
import type { Database } from '../db/open.js';
import { toStoredTurn, type StoredTurn, type TurnRecord } from '../recording/turn.js';
import type { DayRange, Rating, StoredCitation, TurnView } from '../../contract/insights.js';
import { citationView, turnView } from './views.js';

/** PostgreSQL returns count(*) and sums as bigint strings; SQLite as numbers. */
/** Ids per IN (…) list: SQLite allows 32 766 bound values in one statement, PostgreSQL 65 535. */
const IDS_PER_QUERY = 500;

export const toNumber = (value: unknown): number => Number(value ?? 0);

export class TurnStore {
  constructor(readonly database: Database) {}

  private get db() {
    return this.database.db;
  }

  /** Writes a batch of turns and their citations in one transaction. */
  async insertTurns(turns: StoredTurn[]): Promise<void> {
    if (!turns.length) return;
    await this.database.ready();
    const citations = turns.flatMap((t) => t.citations);
    const passages = [...new Map(turns.flatMap((t) => t.passages).map((p) => [p.hash, p])).values()];
    await this.db.transaction().execute(async (trx) => {
      // A passage already kept (cited before) is not written again.
      if (passages.length)
        await trx
          .insertInto('passages')
          .values(passages)
          .onConflict((oc) => oc.column('hash').doNothing())
          .execute();
      await trx
        .insertInto('turns')
        .values(turns.map((t) => t.turn))
        .execute();
      if (citations.length) await trx.insertInto('citations').values(citations).execute();
    });
  }

  /** The recorder's sink in this thread: converts (redaction, hashes) and writes. */
  asSink(): { insertTurns(records: TurnRecord[]): Promise<void> } {
    return { insertTurns: (records) => this.insertTurns(records.map(toStoredTurn)) };
  }

  async hasTurn(id: string): Promise<boolean> {
    await this.database.ready();
    const row = await this.db.selectFrom('turns').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async findTurn(id: string): Promise<TurnView | null> {
    await this.database.ready();
    const row = await this.db.selectFrom('turns').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return turnView(row, await this.citationsOf([id]).then((m) => m.get(id) ?? []));
  }

  /** Citations of several turns, in citation order. */
  async citationsOf(ids: string[]): Promise<Map<string, StoredCitation[]>> {
    const out = new Map<string, StoredCitation[]>();
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      const rows = await this.db
        .selectFrom('citations')
        .innerJoin('passages', 'passages.hash', 'citations.text_hash')
        .selectAll('citations')
        .select('passages.text')
        .where('turn_id', 'in', ids.slice(i, i + IDS_PER_QUERY))
        .orderBy('turn_id')
        .orderBy('position')
        .execute();
      for (const row of rows) {
        const list = out.get(row.turn_id) ?? [];
        list.push(citationView(row));
        out.set(row.turn_id, list);
      }
    }
    return out;
  }

  /** Records (or replaces) the visitor's verdict; false when no turn has this id. */
  async setFeedback(id: string, rating: Rating, comment: string | null, at: Date): Promise<boolean> {
    await this.database.ready();
    const result = await this.db
      .updateTable('turns')
      .set({ rating, comment, rated_at: at.toISOString() })
      .where('id', '=', id)
      .executeTakeFirst();
    return toNumber(result.numUpdatedRows) > 0;
  }

  /** Deletes turns (their citations, and passages no longer cited) created before the cutoff; returns how many turns went. */
  async purgeBefore(cutoff: Date): Promise<number> {
    await this.database.ready();
    const iso = cutoff.toISOString();
    return this.db.transaction().execute(async (trx) => {
      const old = trx.selectFrom('turns').select('id').where('created_at', '<', iso);
      await trx.deleteFrom('citations').where('turn_id', 'in', old).execute();
      const result = await trx.deleteFrom('turns').where('created_at', '<', iso).executeTakeFirst();
      await trx.deleteFrom('passages').where('hash', 'not in', trx.selectFrom('citations').select('text_hash')).execute();
      return toNumber(result.numDeletedRows);
    });
  }

  /** Turns of a range of days, newest first, with their citations: the export. */
  async turnsIn(range: DayRange, limit: number): Promise<TurnView[]> {
    await this.database.ready();
    const rows = await this.db
      .selectFrom('turns')
      .selectAll()
      .where('day', '>=', range.from)
      .where('day', '<=', range.to)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    const citations = await this.citationsOf(rows.map((r) => r.id));
    return rows.map((row) => turnView(row, citations.get(row.id) ?? []));
  }
}
