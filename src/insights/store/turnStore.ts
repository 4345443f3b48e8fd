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
import { PURGE_LEASE, type PurgeRound, takeLease } from './lease.js';
import { citationView, turnView } from './views.js';

/** Hashes per IN (…) list: SQLite allows 32 766 bound values in one statement, PostgreSQL 65 535. */
const KEYS_PER_QUERY = 500;

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

export interface TurnStoreOptions {
  /** Turns deleted per transaction of a purge (PURGE_CHUNK_TURNS; tests make it small). */
  purgeChunkTurns: number;
}

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

  /**
   * Deletes the turns created before the cutoff, then the answers no turn gives any more (their
   * citations with them) and the passages no answer cites; returns how many turns went. The turns
   * go a chunk at a time (PURGE_CHUNK_TURNS), each chunk in its own transaction, so that a first
   * purge of millions of turns neither holds a row per deleted turn in memory nor holds SQLite's
   * write lock (and the writer thread's batches) for all of its length. Uncited passages are
   * removed once, after the last chunk: that query scans every citation.
   */
  async purgeBefore(cutoff: Date): Promise<number> {
    await this.database.ready();
    const iso = cutoff.toISOString();
    let total = 0;
    let answersDeleted = false;
    for (;;) {
      const chunk = await this.purgeChunk(iso);
      total += chunk.turns;
      answersDeleted ||= chunk.answers > 0;
      if (chunk.turns < this.options.purgeChunkTurns) break;
      // SQLite runs on this thread and synchronously: without a turn of the event loop between
      // chunks the whole purge would still hold every request up, only in several transactions.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (answersDeleted)
      await this.db.deleteFrom('passages').where('hash', 'not in', this.db.selectFrom('answer_citations').select('text_hash')).execute();
    return total;
  }

  /**
   * One chunk of a purge: the turns are found through the day index (created before the cutoff: on
   * its day or before), and an answer's turns are its turn_count, less those deleted here. The
   * delete comes first: it takes SQLite's write lock before anything is read, so the writer
   * thread's batches wait for the chunk rather than invalidate what it read.
   */
  private purgeChunk(iso: string): Promise<{ turns: number; answers: number }> {
    return this.db.transaction().execute(async (trx) => {
      const due = trx
        .selectFrom('turns')
        .select('id')
        .where('day', '<=', dayOf(iso))
        .where('created_at', '<', iso)
        .limit(this.options.purgeChunkTurns);
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
