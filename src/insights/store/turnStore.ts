// Reads and writes of turns: batched inserts from the recorder, one turn with its citations for the
// evidence snapshot, feedback, the retention purge and the export. Insights aggregates are in
// insightQueries.ts.
import type { SelectQueryBuilder } from 'kysely';
import type { DayRange, Rating, StoredCitation, TurnView } from '../../contract/insights.js';
import type { Database } from '../db/open.js';
import type { InsightsTables } from '../db/schema.js';
import { type PackedTurns, packTurns } from '../recording/packedTurns.js';
import { type BatchRows, batchRows } from '../recording/rows.js';
import { dayOf, type TurnRecord } from '../recording/turn.js';
import { compileInserts, type Inserts, sqliteRowWriter, writeRows } from './inserts.js';
import { citationView, turnView } from './views.js';

/** Hashes per IN (…) list: SQLite allows 32 766 bound values in one statement, PostgreSQL 65 535. */
const KEYS_PER_QUERY = 500;

/** PostgreSQL returns count(*) and sums as bigint strings; SQLite as numbers. */
export const toNumber = (value: unknown): number => Number(value ?? 0);

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

  constructor(readonly database: Database) {}

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

  /**
   * Deletes the turns created before the cutoff, then the answers no turn gives any more (their
   * citations with them) and the passages no answer cites; returns how many turns went. The turns
   * are found through the day index (created before the cutoff: on its day or before), and an
   * answer's turns are its turn_count, less those deleted here. The delete comes first: it takes
   * SQLite's write lock before anything is read, so the writer thread's batches wait for the purge
   * rather than invalidate what it read.
   */
  async purgeBefore(cutoff: Date): Promise<number> {
    await this.database.ready();
    const iso = cutoff.toISOString();
    return this.db.transaction().execute(async (trx) => {
      const deleted = await trx
        .deleteFrom('turns')
        .where('day', '<=', dayOf(iso))
        .where('created_at', '<', iso)
        .returning('answer_hash')
        .execute();
      const gone = new Map<string, number>();
      for (const { answer_hash } of deleted) gone.set(answer_hash, (gone.get(answer_hash) ?? 0) + 1);
      for (const [hash, turns] of gone)
        await trx
          .updateTable('answers')
          .set((eb) => ({ turn_count: eb('turn_count', '-', turns) }))
          .where('hash', '=', hash)
          .execute();
      const candidates = [...gone.keys()];
      for (let i = 0; i < candidates.length; i += KEYS_PER_QUERY) {
        const unused = trx
          .selectFrom('answers')
          .select('hash')
          .where('hash', 'in', candidates.slice(i, i + KEYS_PER_QUERY))
          .where('turn_count', '<=', 0);
        await trx.deleteFrom('answer_citations').where('answer_hash', 'in', unused).execute();
        await trx.deleteFrom('answers').where('hash', 'in', unused).execute();
      }
      if (candidates.length)
        await trx.deleteFrom('passages').where('hash', 'not in', trx.selectFrom('answer_citations').select('text_hash')).execute();
      return deleted.length;
    });
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
