// The insights feature as the server uses it: record an answered question (returns its answerId),
// take a visitor's verdict on it, and read back the insights report, the export and the evidence
// snapshot. Composed from configuration here; tests pass their own database, corpus or timings.
import type { ChatAnswer } from '../contract/api.js';
import type { DayRange, EvidenceSnapshot, InsightsReport, Rating, TurnView } from '../contract/insights.js';
import type { Config } from '../config.js';
import { openDatabase, type Database } from './db/open.js';
import { diskCorpus, type CurrentCorpus } from './evidence/currentCorpus.js';
import { evidenceSnapshot } from './evidence/snapshot.js';
import { newAnswerId } from './recording/answerId.js';
import { type RecorderEvents, type RecorderOptions, TurnRecorder } from './recording/recorder.js';
import { recordedAnswer } from './recording/turn.js';
import { WorkerSink, WRITER_THREAD_BATCH_SIZE } from './recording/workerSink.js';
import { RetentionJob } from './recording/retention.js';
import { redactText } from './redaction/redact.js';
import { InsightQueries } from './store/insightQueries.js';
import { TurnStore } from './store/turnStore.js';

export type InsightsSettings = Pick<
  Config,
  'RECORD_QUESTIONS' | 'DATABASE_URL' | 'SQLITE_FILE' | 'RETENTION_DAYS' | 'INDEX_DIR' | 'CORPUS_DIR'
>;

/**
 * What the insights report to operators (the server's telemetry turns each into a log line and its
 * counters): batches written, failed and dropped, the retention purge, a lost database connection.
 */
export interface InsightsEvents extends RecorderEvents {
  onPurged?: (deleted: number, cutoff: Date) => void;
  onPurgeFailed?: (error: unknown) => void;
  onDatabaseError?: (error: Error) => void;
}

export interface InsightsDeps {
  events?: InsightsEvents;
  database?: Database;
  corpus?: CurrentCorpus;
  recorder?: Omit<RecorderOptions, 'events'>;
  now?: () => Date;
}

export interface AnsweredQuestion {
  question: string;
  answer: ChatAnswer;
  latencyMs: number;
  indexBuildId: string | null;
}

/**
 * SQLite files are written from a thread of their own (see writerWorker.ts); PostgreSQL's driver
 * does not block, and an in-memory SQLite (tests) exists only in the connection that made it.
 */
function usesWriterThread(settings: InsightsSettings, deps: InsightsDeps): boolean {
  return !deps.database && !settings.DATABASE_URL && settings.SQLITE_FILE !== ':memory:';
}

/** The database could not be reached for a read or a feedback write. */
export class InsightsUnavailableError extends Error {}

export class InsightsService {
  readonly recording: boolean;
  readonly store: TurnStore;
  private readonly recorder: TurnRecorder;
  private readonly writer: WorkerSink | null;
  private readonly retention: RetentionJob;
  private readonly queries: InsightQueries;
  private readonly corpus: CurrentCorpus;
  private readonly now: () => Date;

  constructor(settings: InsightsSettings, deps: InsightsDeps = {}) {
    this.recording = settings.RECORD_QUESTIONS;
    this.now = deps.now ?? (() => new Date());
    const events = deps.events ?? {};
    const database =
      deps.database ??
      openDatabase({
        databaseUrl: settings.DATABASE_URL,
        sqliteFile: settings.SQLITE_FILE,
        onBackgroundError: (e) => events.onDatabaseError?.(e),
      });
    this.store = new TurnStore(database);
    this.queries = new InsightQueries(this.store);
    this.writer = usesWriterThread(settings, deps) ? new WorkerSink({ sqliteFile: settings.SQLITE_FILE }, () => database.ready()) : null;
    const batchSize = deps.recorder?.batchSize ?? (this.writer ? WRITER_THREAD_BATCH_SIZE : undefined);
    this.recorder = new TurnRecorder(this.writer ?? this.store, { ...deps.recorder, batchSize, events });
    // With recording on, the writer thread is there anyway and runs the purge off this thread;
    // with recording off, a thread is not started for a round most processes skip.
    this.retention = new RetentionJob(this.recording && this.writer ? this.writer : this.store, {
      retentionDays: settings.RETENTION_DAYS,
      now: this.now,
      onPurged: events.onPurged,
      onFailure: events.onPurgeFailed,
    });
    this.corpus = deps.corpus ?? diskCorpus({ indexDir: settings.INDEX_DIR, corpusDir: settings.CORPUS_DIR });
  }

  /** Answered questions waiting to be written. */
  get pending(): number {
    return this.recorder.pending;
  }

  /** Starts the periodic flush and the retention purge (neither keeps the process alive). */
  start(): void {
    if (this.recording) {
      this.recorder.start();
      // Loading the writer thread takes seconds on a busy machine: not on the first answer's time.
      this.writer?.warm();
    }
    this.retention.start();
  }

  /** Writes what is queued and closes the database. */
  async stop(): Promise<void> {
    await this.recorder.stop();
    // A purge under way in the writer thread finishes before the thread is closed.
    await this.retention.stop();
    await this.writer?.close();
    await this.store.database.close();
  }

  /**
   * Queues the turn and returns its answerId; null when recording is off. On the request path: keeps
   * references only (redaction, hashing, grouping and the write come later, off it). Never waits, never throws.
   */
  record(turn: AnsweredQuestion): string | null {
    if (!this.recording) return null;
    const at = this.now().getTime();
    const id = newAnswerId(at);
    const { question, answer, latencyMs, indexBuildId } = turn;
    this.recorder.record({ id, at, question, answer: recordedAnswer(answer), latencyMs, indexBuildId });
    return id;
  }

  /** Writes queued turns now (tests, shutdown). */
  flush(): Promise<void> {
    return this.recorder.flush();
  }

  /** Records a visitor's verdict; false when no answer with this id is on record. */
  async feedback(id: string, rating: Rating, comment: string | undefined): Promise<boolean> {
    const verdict = { rating, comment: comment ?? null, at: this.now().getTime() };
    if (this.recorder.attachFeedback(id, verdict)) return true;
    if (this.recorder.isPending(id)) {
      // Being written right now: wait for that write. Failed (the database is down), the turn is
      // queued again and the verdict goes with it; written, the row is updated.
      await this.recorder.flush();
      if (this.recorder.attachFeedback(id, verdict)) return true;
    }
    return this.guarded(async () => {
      if (this.recorder.isPending(id)) throw new Error('the answer is still waiting to be written');
      return this.store.setFeedback(id, rating, comment ? redactText(comment) : null, this.now());
    });
  }

  report(range: DayRange): Promise<InsightsReport> {
    return this.guarded(() => this.queries.report(range));
  }

  exportTurns(range: DayRange, limit: number): Promise<TurnView[]> {
    return this.guarded(() => this.store.turnsIn(range, limit));
  }

  async snapshot(id: string): Promise<EvidenceSnapshot | null> {
    const turn = await this.guarded(() => this.store.findTurn(id));
    return turn ? evidenceSnapshot(turn, this.corpus, this.now()) : null;
  }

  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new InsightsUnavailableError(`The insights database is unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
