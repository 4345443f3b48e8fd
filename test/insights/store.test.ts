// One suite, two engines: the insights store (migrations, batched writes, feedback, the retention
// purge, the insights report and the export) against an embedded SQLite file and against a real
// PostgreSQL started for the run (pgCluster.ts). Skipped against PostgreSQL only when it is not
// installed, and then never in CI.
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/insights/db/migrations.js';
import { openDatabase, type Database } from '../../src/insights/db/open.js';
import { TurnRecorder } from '../../src/insights/recording/recorder.js';
import { sha256 } from '../../src/insights/recording/turn.js';
import { InsightQueries } from '../../src/insights/store/insightQueries.js';
import { TurnStore } from '../../src/insights/store/turnStore.js';
import { pgBinOrSkip, startPgCluster, type PgCluster } from './pgCluster.js';
import { answer, citation, record, refusal, sqliteDatabase } from './support.js';

interface Opened {
  database: Database;
  reopen: () => Database;
  /** Another, empty database on the same engine (and the same PostgreSQL cluster). */
  fresh: () => Promise<{ database: Database; cleanup: () => Promise<void> }>;
  cleanup: () => Promise<void>;
  cluster?: PgCluster;
}

interface Engine {
  name: string;
  open(): Promise<Opened>;
}

const pgBin = pgBinOrSkip('insights store suite');

const engines: Engine[] = [
  {
    name: 'sqlite',
    async open() {
      const opened = await sqliteDatabase();
      const file = opened.database.describe().replace(/^sqlite /, '');
      return { ...opened, reopen: () => openDatabase({ sqliteFile: file }), fresh: sqliteDatabase };
    },
  },
];
if (pgBin) {
  engines.push({
    name: 'postgresql',
    async open() {
      const cluster = await startPgCluster(pgBin);
      const reopen = () => openDatabase({ databaseUrl: cluster.url, sqliteFile: 'unused' });
      const database = reopen();
      let made = 0;
      const fresh = async () => {
        const name = `oim_fresh_${++made}`;
        await sql`create database ${sql.raw(name)}`.execute(database.db);
        const other = openDatabase({ databaseUrl: cluster.url.replace(/\/postgres$/, `/${name}`), sqliteFile: 'unused' });
        return {
          database: other,
          cleanup: async () => {
            await other.close();
            await sql`drop database ${sql.raw(name)}`.execute(database.db);
          },
        };
      };
      return {
        database,
        reopen,
        fresh,
        cluster,
        cleanup: async () => {
          await database.close();
          await cluster.stop();
        },
      };
    },
  });
}

const at = (iso: string) => new Date(iso);

describe.each(engines)('insights store on $name', (engine) => {
  let opened: Opened;
  let store: TurnStore;
  let queries: InsightQueries;

  beforeAll(async () => {
    opened = await engine.open();
    store = new TurnStore(opened.database);
    queries = new InsightQueries(store);
  });
  afterAll(async () => {
    await opened?.cleanup();
  });
  beforeEach(async () => {
    await opened.database.ready();
    await opened.database.db.deleteFrom('turns').execute();
    await opened.database.db.deleteFrom('answer_citations').execute();
    await opened.database.db.deleteFrom('answers').execute();
    await opened.database.db.deleteFrom('passages').execute();
  });

  it('applies the migrations once: a second connection to the same database finds nothing to do', async () => {
    const second = opened.reopen();
    try {
      await second.ready();
      await second.ready();
      const applied = await second.db
        .selectFrom('kysely_migration' as never)
        .selectAll()
        .execute();
      expect(applied).toHaveLength(Object.keys(MIGRATIONS).length);
    } finally {
      await second.close();
    }
  });

  it('writes a batch and reads each turn back with its passages as they were', async () => {
    const page = { ...citation(3), page: 4, url: 'https://example.org/notes-3' };
    const turns = [
      record('What does the organisation do?', { answer: answer({ citations: [citation(1), page] }) }),
      record('Second question'),
    ];
    await store.insertTurns(turns);

    const found = await store.findTurn(turns[0].id);
    expect(found).toMatchObject({
      answerId: turns[0].id,
      createdAt: '2025-03-10T12:00:00.000Z',
      question: 'What does the organisation do?',
      language: 'en',
      answer: turns[0].answer.answer,
      grounded: true,
      mode: 'extractive',
      fallback: false,
      latencyMs: 12,
      indexBuildId: 'build-a',
      feedback: null,
    });
    expect(found?.citations).toEqual([
      {
        id: 1,
        source: 'corpus/notes-1.txt',
        title: 'Notes 1',
        heading: 'Section 1',
        lines: [10, 13],
        text: citation(1).text,
        hash: sha256(citation(1).text),
        score: 0.51,
      },
      {
        id: 3,
        source: 'corpus/notes-3.txt',
        title: 'Notes 3',
        heading: 'Section 3',
        lines: [30, 33],
        page: 4,
        url: 'https://example.org/notes-3',
        text: page.text,
        hash: sha256(page.text),
        score: 0.53,
      },
    ]);
    expect(await store.hasTurn(turns[1].id)).toBe(true);
    expect(await store.findTurn('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('stores questions and answers redacted, passages verbatim', async () => {
    const contact = 'Write to jane.doe@example.org or call +33 6 12 34 56 78 about passport 12AB34567';
    const turn = record(contact, {
      answer: answer({ answer: `You wrote ${contact} [1]`, citations: [citation(1, { text: 'Office line +41 22 717 91 11.' })] }),
    });
    await store.insertTurns([turn]);
    const found = await store.findTurn(turn.id);
    expect(found?.question).toBe('Write to [email] or call [phone] about passport [id]');
    expect(found?.answer).toBe('You wrote Write to [email] or call [phone] about passport [id] [1]');
    expect(found?.citations[0].text).toBe('Office line +41 22 717 91 11.');
  });

  it('records feedback on a known answer, replaces it with a later verdict, and refuses an unknown id', async () => {
    const turn = record('Is this right?');
    await store.insertTurns([turn]);
    expect(await store.setFeedback(turn.id, 'up', null, at('2025-03-10T12:01:00Z'))).toBe(true);
    expect((await store.findTurn(turn.id))?.feedback).toEqual({ rating: 'up', comment: null, at: '2025-03-10T12:01:00.000Z' });
    expect(await store.setFeedback(turn.id, 'down', 'Out of date', at('2025-03-10T12:02:00Z'))).toBe(true);
    expect((await store.findTurn(turn.id))?.feedback).toEqual({ rating: 'down', comment: 'Out of date', at: '2025-03-10T12:02:00.000Z' });
    expect(await store.setFeedback('00000000-0000-4000-8000-000000000000', 'up', null, new Date())).toBe(false);
  });

  it('keeps each passage text once, however many answers cite it', async () => {
    const turns = ['first', 'second', 'third'].map((q) => record(q));
    await store.insertTurns(turns.slice(0, 2));
    await store.insertTurns(turns.slice(2));
    const passages = await opened.database.db.selectFrom('passages').select('hash').orderBy('hash').execute();
    expect(passages.map((p) => p.hash)).toEqual([sha256(citation(1).text), sha256(citation(2).text)].sort());
    for (const t of turns) expect((await store.findTurn(t.id))?.citations.map((c) => c.text)).toEqual([citation(1).text, citation(2).text]);
  });

  it('keeps each distinct answer once with its citations, however many turns gave it', async () => {
    const shared = answer();
    const alike = answer();
    const other = answer({ citations: [citation(1), citation(2, { lines: [21, 24] })] });
    const turns = [
      record('a', { answer: shared }),
      record('b', { answer: shared }),
      record('c', { answer: alike }),
      record('d', { answer: other }),
    ];
    await store.insertTurns(turns.slice(0, 3));
    await store.insertTurns(turns.slice(3).concat(record('e', { answer: shared })));
    const answers = await opened.database.db.selectFrom('answers').select('hash').execute();
    // 'other' cites the same passages at other lines: a different answer.
    expect(answers).toHaveLength(2);
    expect(await opened.database.db.selectFrom('answer_citations').select('position').execute()).toHaveLength(4);
    expect((await store.findTurn(turns[3].id))?.citations[1].lines).toEqual([21, 24]);
    expect((await store.findTurn(turns[2].id))?.citations[1].lines).toEqual([20, 23]);
  });

  it('purges turns older than the cutoff, the answers and citations no turn keeps and the passages no longer cited, and keeps the rest', async () => {
    const old = record('Old question', { at: at('2025-01-01T00:00:00Z'), answer: answer({ citations: [citation(1), citation(7)] }) });
    const recent = record('Recent question', { at: at('2025-03-01T00:00:00Z') });
    await store.insertTurns([old, recent]);
    expect(await store.purgeBefore(at('2025-02-01T00:00:00Z'))).toBe(1);
    expect(await store.findTurn(old.id)).toBeNull();
    expect(await store.findTurn(recent.id)).not.toBeNull();
    const answers = await opened.database.db.selectFrom('answers').select('hash').execute();
    expect(answers).toHaveLength(1);
    const citations = await opened.database.db.selectFrom('answer_citations').select('answer_hash').execute();
    expect(citations.map((c) => c.answer_hash)).toEqual([answers[0].hash, answers[0].hash]);
    const kept = await opened.database.db.selectFrom('passages').select('hash').execute();
    expect(kept.map((p) => p.hash).sort()).toEqual([sha256(citation(1).text), sha256(citation(2).text)].sort());
    expect(await store.purgeBefore(at('2025-02-01T00:00:00Z'))).toBe(0);
  });

  it('purges an answer only when the last turn that gave it goes, across batches', async () => {
    const shared = answer({ citations: [citation(5)] });
    const turns = ['2025-01-01T00:00:00Z', '2025-01-20T00:00:00Z', '2025-03-01T00:00:00Z'].map((t, i) =>
      record(`Question ${i}`, { at: at(t), answer: shared }),
    );
    await store.insertTurns(turns.slice(0, 2));
    await store.insertTurns(turns.slice(2));
    const kept = () => opened.database.db.selectFrom('answers').select(['hash', 'turn_count']).execute();
    expect((await kept()).map((a) => Number(a.turn_count))).toEqual([3]);
    expect(await store.purgeBefore(at('2025-02-01T00:00:00Z'))).toBe(2);
    expect((await kept()).map((a) => Number(a.turn_count))).toEqual([1]);
    expect((await store.findTurn(turns[2].id))?.citations.map((c) => c.text)).toEqual([citation(5).text]);
    expect(await store.purgeBefore(at('2025-04-01T00:00:00Z'))).toBe(1);
    expect(await kept()).toEqual([]);
    expect(await opened.database.db.selectFrom('answer_citations').select('position').execute()).toEqual([]);
    expect(await opened.database.db.selectFrom('passages').select('hash').execute()).toEqual([]);
  });

  it('purges in chunks: every old turn goes, and an answer shared across chunks only with its last turn', async () => {
    const chunked = new TurnStore(opened.database, { purgeChunkTurns: 2 });
    const shared = answer({ citations: [citation(3)] });
    const own = answer({ answer: 'Another answer [1].', citations: [citation(4)] });
    const old = ['01', '02', '03', '04', '05'].map((d, i) =>
      record(`Old ${i}`, { at: at(`2025-01-${d}T00:00:00Z`), answer: i === 2 ? own : shared }),
    );
    const recent = record('Recent', { at: at('2025-03-01T00:00:00Z'), answer: shared });
    await chunked.insertTurns([...old, recent]);
    expect(await chunked.purgeBefore(at('2025-02-01T00:00:00Z'))).toBe(5);
    for (const turn of old) expect(await chunked.findTurn(turn.id)).toBeNull();
    const kept = await opened.database.db.selectFrom('answers').select(['hash', 'turn_count']).execute();
    expect(kept.map((a) => Number(a.turn_count))).toEqual([1]);
    expect((await chunked.findTurn(recent.id))?.citations.map((c) => c.text)).toEqual([citation(3).text]);
    const passages = await opened.database.db.selectFrom('passages').select('hash').execute();
    expect(passages.map((p) => p.hash)).toEqual([sha256(citation(3).text)]);
    // A number of old turns that is a multiple of the chunk ends on an empty chunk.
    await chunked.insertTurns(['01', '02'].map((d) => record(`Older ${d}`, { at: at(`2024-12-${d}T00:00:00Z`), answer: own })));
    expect(await chunked.purgeBefore(at('2025-02-01T00:00:00Z'))).toBe(2);
    expect(await opened.database.db.selectFrom('answers').select('hash').execute()).toHaveLength(1);
  });

  it('counts the turns of the answers already kept when it adds the turn counts (migration 2025_002)', async () => {
    const { database, cleanup } = await opened.fresh();
    try {
      const first = new Migrator({ db: database.db, provider: { getMigrations: async () => MIGRATIONS } });
      expect((await first.migrateTo('2025_001_turns_answers_passages')).error).toBeUndefined();
      const old = new TurnStore(database);
      // Rows as the first schema kept them, written before the upgrade.
      const db = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await db
        .insertInto('answers')
        .values([
          { hash: 'a', text: 'A' },
          { hash: 'b', text: 'B' },
        ])
        .execute();
      const turn = (id: string, hash: string, created: string) => ({
        id,
        created_at: created,
        day: created.slice(0, 10),
        question: id,
        group_key: id,
        language: 'en',
        answer_hash: hash,
        grounded: 1,
        mode: 'extractive',
        fallback: 0,
        latency_ms: 1,
      });
      await db
        .insertInto('turns')
        .values([
          turn('t1', 'a', '2025-01-01T00:00:00.000Z'),
          turn('t2', 'a', '2025-03-01T00:00:00.000Z'),
          turn('t3', 'b', '2025-01-02T00:00:00.000Z'),
        ])
        .execute();
      await database.ready();
      const counts = await database.db.selectFrom('answers').select(['hash', 'turn_count']).orderBy('hash').execute();
      expect(counts.map((a) => [a.hash, Number(a.turn_count)])).toEqual([
        ['a', 2],
        ['b', 1],
      ]);
      expect(await old.purgeBefore(at('2025-02-01T00:00:00Z'))).toBe(2);
      expect((await database.db.selectFrom('answers').select('hash').execute()).map((a) => a.hash)).toEqual(['a']);
    } finally {
      await cleanup();
    }
  });

  it('reports a range: grouped top and unanswered questions, negative feedback with its answer, splits and a daily trend', async () => {
    const day1 = at('2025-03-10T09:00:00Z');
    const day2 = at('2025-03-11T15:00:00Z');
    const turns = [
      record("What are the organisation's objectives?", { at: day1 }),
      record("What are the organisation's objectives?", { at: day1 }),
      record('objectives of the organisation', { at: day2 }),
      record('Weather in Paris tomorrow?', { at: day1, answer: refusal() }),
      record('weather in paris tomorrow', { at: day2, answer: refusal() }),
      record('Quels sont les objectifs de l’Organisation ?', {
        at: day2,
        answer: answer({ language: 'fr', mode: 'extractive', fallback: true, answer: 'Réponse [1].', citations: [citation(1)] }),
      }),
      record('Outside the range', { at: at('2025-03-20T10:00:00Z') }),
    ];
    await store.insertTurns(turns);
    await store.setFeedback(turns[0].id, 'up', null, day1);
    await store.setFeedback(turns[2].id, 'down', 'Not what I asked', day2);

    const report = await queries.report({ from: '2025-03-10', to: '2025-03-12' });
    expect(report.totals).toEqual({ questions: 6, unanswered: 2, up: 1, down: 1, fallback: 1 });
    expect(report.topQuestions[0]).toMatchObject({ language: 'en', questions: 3, variants: 2, unanswered: 0, up: 1, down: 1 });
    expect(report.topQuestions[0].example).toMatch(/objectives/);
    expect(report.topQuestions.reduce((n, g) => n + g.questions, 0)).toBe(6);
    expect(report.unanswered).toEqual([
      expect.objectContaining({ language: 'en', questions: 2, unanswered: 2, variants: 2, lastAsked: '2025-03-11T15:00:00.000Z' }),
    ]);
    expect(report.negativeFeedback).toEqual([
      {
        answerId: turns[2].id,
        createdAt: '2025-03-11T15:00:00.000Z',
        question: 'objectives of the organisation',
        answer: turns[2].answer.answer,
        comment: 'Not what I asked',
        language: 'en',
        mode: 'extractive',
        fallback: false,
        grounded: true,
        citations: [
          {
            id: 1,
            source: 'corpus/notes-1.txt',
            title: 'Notes 1',
            heading: 'Section 1',
            lines: [10, 13],
            hash: sha256(citation(1).text),
            score: 0.51,
          },
          {
            id: 2,
            source: 'corpus/notes-2.txt',
            title: 'Notes 2',
            heading: null,
            lines: [20, 23],
            hash: sha256(citation(2).text),
            score: 0.52,
          },
        ],
      },
    ]);
    expect(report.byLanguage).toEqual([
      { language: 'en', questions: 5, unanswered: 2, up: 1, down: 1 },
      { language: 'fr', questions: 1, unanswered: 0, up: 0, down: 0 },
    ]);
    expect(report.byMode).toEqual([
      { mode: 'extractive', fallback: false, questions: 5, unanswered: 2, up: 1, down: 1 },
      { mode: 'extractive', fallback: true, questions: 1, unanswered: 0, up: 0, down: 0 },
    ]);
    expect(report.trend).toEqual([
      { day: '2025-03-10', questions: 3, unanswered: 1, down: 0 },
      { day: '2025-03-11', questions: 3, unanswered: 1, down: 1 },
      { day: '2025-03-12', questions: 0, unanswered: 0, down: 0 },
    ]);
  });

  it('counts a reply to small talk as neither answered from the documents nor a content gap', async () => {
    const hello = { ...refusal(), answer: 'Hello! Ask me about the organisation.', kind: 'smalltalk' as const };
    const turns = [
      record('Hello there', { answer: hello }),
      record('Weather in Paris tomorrow?', { answer: { ...refusal(), kind: 'refusal' } }),
    ];
    await store.insertTurns(turns);
    const report = await queries.report({ from: '2025-03-10', to: '2025-03-10' });
    expect(report.totals).toMatchObject({ questions: 2, unanswered: 1 });
    expect(report.unanswered.map((g) => g.example)).toEqual(['Weather in Paris tomorrow?']);
    expect(report.trend).toEqual([{ day: '2025-03-10', questions: 2, unanswered: 1, down: 0 }]);
  });

  it('exports a range newest first, up to a limit', async () => {
    const turns = ['first', 'second', 'third'].map((q, i) => record(q, { at: new Date(Date.UTC(2025, 2, 10, 8 + i)) }));
    await store.insertTurns(turns);
    const exported = await store.turnsIn({ from: '2025-03-10', to: '2025-03-10' }, 2);
    expect(exported.map((t) => t.question)).toEqual(['third', 'second']);
    expect(exported[0].citations.map((c) => c.id)).toEqual([1, 2]);
  });

  it('takes the recorder’s batches: queued turns are pending until a flush writes them', async () => {
    const failures: unknown[] = [];
    const recorder = new TurnRecorder(store, { batchSize: 2, events: { onFailure: (e) => failures.push(e) } });
    const turns = ['one', 'two', 'three'].map((q) => record(q));
    recorder.record(turns[0]);
    expect(recorder.isPending(turns[0].id)).toBe(true);
    recorder.record(turns[1]);
    recorder.record(turns[2]);
    await recorder.flush();
    expect(failures).toEqual([]);
    expect(recorder.pending).toBe(0);
    for (const t of turns) expect(await store.hasTurn(t.id)).toBe(true);
  });

  it.runIf(engine.name === 'postgresql')('keeps turns queued while the server is down and writes them when it is back', async () => {
    const failures: unknown[] = [];
    const recorder = new TurnRecorder(store, { events: { onFailure: (e) => failures.push(e) } });
    const turn = record('Asked while the database was down');
    await opened.cluster!.pause();
    try {
      recorder.record(turn);
      await recorder.flush();
      expect(failures.length).toBe(1);
      expect(recorder.isPending(turn.id)).toBe(true);
    } finally {
      await opened.cluster!.resume();
    }
    await recorder.flush();
    expect(recorder.pending).toBe(0);
    expect(await store.hasTurn(turn.id)).toBe(true);
  });
});
