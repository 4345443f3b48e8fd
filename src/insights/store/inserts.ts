// The recorder's inserts, each compiled once by Kysely for the database's dialect and then run with
// each row's values: one statement text per table, so SQLite prepares it once (db/open.ts keeps
// prepared statements) and no query is built per turn. Compiling a batch as one multi-row insert
// instead cost about twice as much CPU per row (scratch timing, 50-row batches: 82 µs against 49
// on this shared machine), and a statement text per batch size would defeat the prepared statements.
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
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
  async run(trx: Transaction<InsightsTables>, row: InsightsTables[T]): Promise<boolean> {
    const result = await trx.executeQuery(
      CompiledQuery.raw(
        this.sql,
        this.columns.map((c) => row[c]),
      ),
    );
    return (result.numAffectedRows ?? 0n) > 0n;
  }
}

export interface Inserts {
  passage: RowInsert<'passages'>;
  answer: RowInsert<'answers'>;
  citation: RowInsert<'answer_citations'>;
  turn: RowInsert<'turns'>;
}

export function compileInserts(db: Kysely<InsightsTables>): Inserts {
  return {
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
      'latency_ms',
      'index_build_id',
      'rating',
      'comment',
      'rated_at',
    ]),
  };
}
