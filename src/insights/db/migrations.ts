// Versioned schema changes, applied in name order at start by Kysely's Migrator. A migration, once
// released, is never edited: a change of schema is a new entry. Written with the schema builder so
// that the same definitions create the tables on SQLite and PostgreSQL.
import { type Kysely, type Migration, sql } from 'kysely';

export const MIGRATIONS: Record<string, Migration> = {
  '2025_001_turns_answers_passages': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('passages')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('answers')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('answer_citations')
        .addColumn('answer_hash', 'text', (c) => c.notNull().references('answers.hash').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('heading', 'text')
        .addColumn('line_start', 'integer', (c) => c.notNull())
        .addColumn('line_end', 'integer', (c) => c.notNull())
        .addColumn('page', 'integer')
        .addColumn('url', 'text')
        .addColumn('text_hash', 'text', (c) => c.notNull().references('passages.hash'))
        .addColumn('score', 'real', (c) => c.notNull())
        .addPrimaryKeyConstraint('answer_citations_pk', ['answer_hash', 'position'])
        .execute();
      await db.schema.createIndex('answer_citations_text_hash').on('answer_citations').column('text_hash').execute();
      await db.schema
        .createTable('turns')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('group_key', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('answer_hash', 'text', (c) => c.notNull().references('answers.hash'))
        .addColumn('grounded', 'integer', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('fallback', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text')
        .addColumn('latency_ms', 'integer', (c) => c.notNull())
        .addColumn('index_build_id', 'text')
        .addColumn('rating', 'text')
        .addColumn('comment', 'text')
        .addColumn('rated_at', 'text')
        .execute();
      await db.schema.createIndex('turns_created_at').on('turns').column('created_at').execute();
      await db.schema.createIndex('turns_day_group').on('turns').columns(['day', 'group_key']).execute();
      // The retention purge deletes answers no turn points to: without it, checking each would read every turn.
      await db.schema.createIndex('turns_answer_hash').on('turns').column('answer_hash').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('turns').execute();
      await db.schema.dropTable('answer_citations').execute();
      await db.schema.dropTable('answers').execute();
      await db.schema.dropTable('passages').execute();
    },
  },
  // Fewer B-trees for each recorded turn to update: the writer thread spent most of its time in
  // SQLite, about 1-2.5 µs a turn per index (scratch timing, 100 000 turns, load 3-4).
  // turns_created_at served only the retention purge, which now reads its turns through the day
  // index (a turn created before the cutoff was created on the cutoff's day or before); and
  // turns_answer_hash served only the purge's search for answers no turn gives any more, which now
  // reads each answer's count of turns, kept up by the writer once per distinct answer per batch.
  '2025_002_answer_turn_counts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('answers')
        .addColumn('turn_count', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // Counted while turns_answer_hash still makes it a look-up per answer.
      await sql`update answers set turn_count = (select count(*) from turns where turns.answer_hash = answers.hash)`.execute(db);
      await db.schema.dropIndex('turns_answer_hash').execute();
      await db.schema.dropIndex('turns_created_at').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.createIndex('turns_created_at').on('turns').column('created_at').execute();
      await db.schema.createIndex('turns_answer_hash').on('turns').column('answer_hash').execute();
      await db.schema.alterTable('answers').dropColumn('turn_count').execute();
    },
  },
  // Who purges this round (store/lease.ts): every worker and replica ran the retention purge at
  // start and every six hours, each scanning for turns another had just deleted.
  '2025_003_leases': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('leases').execute();
    },
  },
};
