// Reads and writes of turns: batched inserts from the recorder, one turn with its citations for the
// evidence snapshot, feedback, the retention purge and the export. Insights aggregates are in
// insightQueries.ts.
import type { SelectQueryBuilder } from 'kysely';
import type { DayRange, Rating, StoredCitation, TurnView } from '../../contract/insights.js';
import type { Database } from '../db/open.js';
import type { InsightsTables } from '../db/schema.js';
import { type PackedTurns, packTurns } from '../recording/packedTurns.js';
import { type BatchRows, batchRows } from '../recording/rows.js';
import type { TurnRecord } from '../recording/turn.js';
import { compileInserts, type Inserts, sqliteRowWriter, writeRows } from './inserts.js';
import { PURGE_LEASE, type PurgeRound, releaseLease, takeLease } from './lease.js';
import { PURGE_CHUNK_TURNS, purgeBefore } from './purge.js';
import { KEYS_PER_QUERY, toNumber } from './sql.js';
import { citationView, turnView } from './views.js';

export interface TurnStoreOptions {
  /** Turns deleted per transaction of a purge (PURGE_CHUNK_TURNS; tests make it small). */
  purgeChunkTurns: number;
}

/** Turns with their answer's text, as turnView reads them. */
export function turnsWithAnswers(db: Database['db']) {
  return db
    .selectFrom('turns')
    .innerJoin('answers', 'answers.hash', 'turns.answer_hash')
    .selectAll('turns')
    .select('answers.text as answer');
}

type TurnRow = Awaited<ReturnType<ReturnType<typeof turnsWithAnswers>['execute']>>[number];

export class TurnStore {
  private inserts: Inserts | null = null;
  private sqliteWriter: ((rows: BatchRows) => void) | null = null;

  constructor(
    readonly database: Database,
    private readonly options: TurnStoreOptions = { purgeChunkTurns: PURGE_CHUNK_TURNS },
  ) {}

  private get db() {
    return this.database.db;
  }

  /**
   * Converts a batch of answered questions (redaction, hashes, group keys) and writes it in one
   * transaction: each answer not kept yet with its citations and passages, then a row per turn.
   */
  insertTurns(records: TurnRecord[]): Promise<void> {
    return this.insertPacked(packTurns(records));
  }

  /** insertTurns for a batch packed to cross to the writer thread (recording/packedTurns.ts). */
  async insertPacked(batch: PackedTurns): Promise<void> {
    if (!batch.ids.length) return;
    await this.database.ready();
    const rows = batchRows(batch);
    if (!this.inserts) this.inserts = compileInserts(this.db);
    const inserts = this.inserts;
    const sqlite = this.database.sqlite ? await this.database.sqlite() : null;
    // Not inside a transaction Kysely has open on the same connection (a purge between two awaits):
    // a synchronous one would nest in it.
    if (sqlite && !sqlite.inTransaction) {
      if (!this.sqliteWriter) this.sqliteWriter = sqliteRowWriter(inserts, sqlite);
      this.sqliteWriter(rows);
      return;
    }
    await this.db.transaction().execute((trx) => writeRows(inserts, trx, rows));
  }

  async hasTurn(id: string): Promise<boolean> {
    await this.database.ready();
    const row = await this.db.selectFrom('turns').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async findTurn(id: string): Promise<TurnView | null> {
    await this.database.ready();
    const row = await turnsWithAnswers(this.db).where('turns.id', '=', id).executeTakeFirst();
    return row ? (await this.withCitations([row]))[0] : null;
  }

  /** Turns as the API shows them, each with its answer's citations (fetched once per distinct answer). */
  async withCitations(rows: TurnRow[]): Promise<TurnView[]> {
    const citations = await this.citationsOf([...new Set(rows.map((r) => r.answer_hash))]);
    return rows.map((row) => turnView(row, citations.get(row.answer_hash) ?? []));
  }

  /** Citations of several answers, in citation order, with their passages' text. */
  async citationsOf(answerHashes: string[]): Promise<Map<string, StoredCitation[]>> {
    const out = new Map<string, StoredCitation[]>();
    for (let i = 0; i < answerHashes.length; i += KEYS_PER_QUERY) {
      const rows = await this.db
        .selectFrom('answer_citations')
        .innerJoin('passages', 'passages.hash', 'answer_citations.text_hash')
        .selectAll('answer_citations')
        .select('passages.text')
        .where('answer_hash', 'in', answerHashes.slice(i, i + KEYS_PER_QUERY))
        .orderBy('answer_hash')
        .orderBy('position')
        .execute();
      for (const row of rows) {
        const list = out.get(row.answer_hash) ?? [];
        list.push(citationView(row));
        out.set(row.answer_hash, list);
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

  /** The round's purge if this process takes its lease (store/lease.ts); null when another holds it. */
  async purgeRound(round: PurgeRound): Promise<number | null> {
    await this.database.ready();
    if (!(await takeLease(this.db, PURGE_LEASE, round.lease))) return null;
    return this.purgeBefore(round.cutoff);
  }

  /** Gives the purge's lease up if `holder` still holds it (a clean stop); true when it did. */
  async releasePurgeLease(holder: string): Promise<boolean> {
    await this.database.ready();
    return releaseLease(this.db, PURGE_LEASE, holder);
  }

  /** Deletes the turns created before the cutoff and what only they kept (purge.ts); returns how many turns went. */
  async purgeBefore(cutoff: Date): Promise<number> {
    await this.database.ready();
    return purgeBefore(this.db, cutoff, this.options.purgeChunkTurns);
  }

  /** Turns of a range of days, newest first, with their citations: the export. */
  async turnsIn(range: DayRange, limit: number): Promise<TurnView[]> {
    await this.database.ready();
    const rows = await inDays(turnsWithAnswers(this.db), range)
      .orderBy('turns.created_at', 'desc')
      .orderBy('turns.id')
      .limit(limit)
      .execute();
    return this.withCitations(rows);
  }
}

/** Turns of an inclusive range of days. */
export function inDays<Q extends SelectQueryBuilder<InsightsTables, 'turns', object>>(query: Q, range: DayRange): Q {
  return query.where('turns.day', '>=', range.from).where('turns.day', '<=', range.to) as Q;
}
