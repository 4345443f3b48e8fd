// The recorder's inserts, each compiled once by Kysely for the database's dialect and then run with
// each row's values: one statement text per table, so SQLite prepares it once (db/open.ts keeps
// prepared statements) and no query is built per turn. Compiling a batch as one multi-row insert
// instead cost about twice as much CPU per row (scratch timing, 50-row batches: 82 µs against 49
// on this shared machine), and a statement text per batch size would defeat the prepared statements.
import type SQLite from 'better-sqlite3';
import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { BatchRows } from '../recording/rows.js';
import type { InsightsTables } from '../db/schema.js';

type Table = keyof InsightsTables;

class RowInsert<T extends Table> {
  private readonly sql: string;

  constructor(
    db: Kysely<InsightsTables>,
    table: T,
    private readonly columns: ReadonlyArray<keyof InsightsTables[T] & string>,
    /** Rows whose key is already there are skipped: passages and answers are kept once. */
    keptOnce?: keyof InsightsTables[T] & string,
  ) {
    const template = Object.fromEntries(columns.map((c) => [c, null]));
    let query = db.insertInto(table).values(template as never);
    if (keptOnce) query = query.onConflict((oc) => oc.column(keptOnce as never).doNothing());
    const compiled = query.compile();
    if (compiled.parameters.length !== columns.length) throw new Error(`insert into ${table}: expected ${columns.length} parameters`);
    this.sql = compiled.sql;
  }

  /** Resolves to whether the row was written (false: its key was already kept). */
  async run(trx: Transaction<InsightsTables>, row: Insertable<InsightsTables[T]>): Promise<boolean> {
    const result = await trx.executeQuery(
      CompiledQuery.raw(
        this.sql,
        this.columns.map((c) => (row as Record<string, unknown>)[c]),
      ),
    );
    return (result.numAffectedRows ?? 0n) > 0n;
  }

  /** The same insert prepared on SQLite's own connection, run synchronously; true when the row was written. */
  prepared(sqlite: SQLite.Database): (row: Insertable<InsightsTables[T]>) => boolean {
    const statement = sqlite.prepare(this.sql);
    return (row) => statement.run(this.columns.map((c) => (row as Record<string, unknown>)[c])).changes > 0;
  }
}

/** Adds a batch's turns to an answer's turn_count (the purge deletes the answers whose count falls to 0). */
class TurnCount {
  private readonly sql: string;

  constructor(db: Kysely<InsightsTables>) {
    const compiled = db
      .updateTable('answers')
      .set((eb) => ({ turn_count: eb('turn_count', '+', 0) }))
      .where('hash', '=', '')
      .compile();
    if (compiled.parameters.length !== 2) throw new Error('update of answers.turn_count: expected 2 parameters');
    this.sql = compiled.sql;
  }

  async run(trx: Transaction<InsightsTables>, hash: string, turns: number): Promise<void> {
    await trx.executeQuery(CompiledQuery.raw(this.sql, [turns, hash]));
  }

  prepared(sqlite: SQLite.Database): (hash: string, turns: number) => void {
    const statement = sqlite.prepare(this.sql);
    return (hash, turns) => void statement.run(turns, hash);
  }
}

export interface Inserts {
  turnCount: TurnCount;
  passage: RowInsert<'passages'>;
  answer: RowInsert<'answers'>;
  citation: RowInsert<'answer_citations'>;
  turn: RowInsert<'turns'>;
}

export function compileInserts(db: Kysely<InsightsTables>): Inserts {
  return {
    turnCount: new TurnCount(db),
    passage: new RowInsert(db, 'passages', ['hash', 'text'], 'hash'),
    answer: new RowInsert(db, 'answers', ['hash', 'text'], 'hash'),
    citation: new RowInsert(db, 'answer_citations', [
      'answer_hash',
      'position',
      'source',
      'title',
      'heading',
      'line_start',
      'line_end',
      'page',
      'url',
      'text_hash',
      'score',
    ]),
    turn: new RowInsert(db, 'turns', [
      'id',
      'created_at',
      'day',
      'question',
      'group_key',
      'language',
      'answer_hash',
      'grounded',
      'mode',
      'fallback',
      'kind',
      'latency_ms',
      'index_build_id',
      'rating',
      'comment',
      'rated_at',
    ]),
  };
}

/** Writes a batch's rows (answers not kept yet with their passages and citations, then the turns and their answers' counts). */
export async function writeRows(inserts: Inserts, trx: Transaction<InsightsTables>, rows: BatchRows): Promise<void> {
  for (const { answer, citations, passages } of rows.answers) {
    // An answer already kept has its citations and passages already.
    if (!(await inserts.answer.run(trx, answer))) continue;
    for (const passage of passages) await inserts.passage.run(trx, passage);
    for (const citation of citations) await inserts.citation.run(trx, citation);
  }
  for (const turn of rows.turns) await inserts.turn.run(trx, turn);
  for (const [hash, turns] of rows.answerTurns) await inserts.turnCount.run(trx, hash, turns);
}

/**
 * writeRows for SQLite, on its own connection in one synchronous transaction: the same statements,
 * without Kysely's asynchronous round trip per row (its driver is built for one query at a time;
 * a batch of 50 turns spent most of its 100 µs a turn there on this machine, scratch timing).
 */
export function sqliteRowWriter(inserts: Inserts, sqlite: SQLite.Database): (rows: BatchRows) => void {
  const answer = inserts.answer.prepared(sqlite);
  const passage = inserts.passage.prepared(sqlite);
  const citation = inserts.citation.prepared(sqlite);
  const turn = inserts.turn.prepared(sqlite);
  const turnCount = inserts.turnCount.prepared(sqlite);
  return sqlite.transaction((rows: BatchRows) => {
    for (const stored of rows.answers) {
      if (!answer(stored.answer)) continue;
      for (const p of stored.passages) passage(p);
      for (const c of stored.citations) citation(c);
    }
    for (const t of rows.turns) turn(t);
    for (const [hash, turns] of rows.answerTurns) turnCount(hash, turns);
  });
}
