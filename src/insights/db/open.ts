// Opens the insights database: PostgreSQL when DATABASE_URL is set, otherwise an embedded SQLite
// file (created on first use, its folder too). Both go through Kysely, so every query is written
// once. Migrations run on first use (see Database.ready), not at construction: a database that is
// down when the server starts must not stop the assistant from answering.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type MigrationResultSet, Migrator, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import { MIGRATIONS } from './migrations.js';
import type { InsightsDb, InsightsTables } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** postgres:// or postgresql:// URL; when absent, SQLite at sqliteFile. */
  databaseUrl?: string;
  /** SQLite file path, or ':memory:'. */
  sqliteFile: string;
  /** Told about connection errors that happen outside a query (an idle PostgreSQL client dropped). */
  onBackgroundError?: (error: Error) => void;
}

/** How long to wait for a PostgreSQL connection before a write counts as failed. */
const CONNECT_TIMEOUT_MS = 5_000;
/** A statement running longer than this is cut off: a stuck query must not hold the write queue. */
const STATEMENT_TIMEOUT_MS = 15_000;
/** Writes are batched by one writer; a few connections serve the staff pages beside it. */
const POOL_SIZE = 4;

export class MigrationError extends Error {}

export class Database {
  readonly db: InsightsDb;
  private migrated: Promise<void> | null = null;

  constructor(
    readonly engine: Engine,
    db: Kysely<InsightsTables>,
    private readonly where: string,
    /** SQLite's own connection (the one Kysely uses), opened on first use; null for PostgreSQL. */
    readonly sqlite: (() => Promise<SQLite.Database>) | null = null,
  ) {
    this.db = db;
  }

  /** Runs pending migrations once; after a failure (database down) the next call tries again. */
  ready(): Promise<void> {
    this.migrated ??= this.migrate().catch((error: unknown) => {
      this.migrated = null;
      throw error;
    });
    return this.migrated;
  }

  private async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: { getMigrations: async () => MIGRATIONS } });
    const result: MigrationResultSet = await migrator.migrateToLatest();
    if (result.error) {
      const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
      const reason = result.error instanceof Error ? result.error.message : String(result.error);
      throw new MigrationError(`Insights database ${this.where}: migration ${failed ?? '(setup)'} failed: ${reason}`);
    }
  }

  /** Where the data is, for logs (a PostgreSQL URL without its password). */
  describe(): string {
    return this.where;
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgresql (unparsable URL)';
  }
}

function openPostgres(options: DatabaseOptions & { databaseUrl: string }): Database {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
  });
  // Without a listener, an idle client's lost connection would be an uncaught 'error' event.
  pool.on('error', (error) => options.onBackgroundError?.(error));
  const db = new Kysely<InsightsTables>({ dialect: new PostgresDialect({ pool }) });
  return new Database('postgres', db, withoutPassword(options.databaseUrl));
}

/** Distinct statement texts kept prepared: the recorder's four inserts and the pages' queries fit many times over. */
const PREPARED_STATEMENTS = 200;

/**
 * Kysely's SQLite driver prepares every statement it runs; the recorder runs the same few insert
 * texts for every turn (store/inserts.ts), so prepared statements are kept by their text and reused.
 * (Each is run to completion before the next, as the driver runs them: none is shared mid-iteration.)
 */
function reusingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const prepared = new LRUCache<string, SQLite.Statement>({ max: PREPARED_STATEMENTS });
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = prepared.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        prepared.set(sql, statement);
      }
      return statement;
    },
  };
}

function openSqlite(file: string): Database {
  const inMemory = file === ':memory:';
  let opened: SQLite.Database | null = null;
  // Opened on first use, so a folder that cannot be created fails a write, not the start.
  const connection = async () => {
    if (opened) return opened;
    if (!inMemory) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const sqlite = new SQLite(file);
    // WAL: the staff pages read while the writer writes; NORMAL sync is safe with WAL.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    opened = sqlite;
    return sqlite;
  };
  const dialect = new SqliteDialect({ database: async () => reusingStatements(await connection()) });
  const where = inMemory ? 'sqlite (in memory)' : `sqlite ${file}`;
  return new Database('sqlite', new Kysely<InsightsTables>({ dialect }), where, connection);
}

export function openDatabase(options: DatabaseOptions): Database {
  return options.databaseUrl ? openPostgres({ ...options, databaseUrl: options.databaseUrl }) : openSqlite(options.sqliteFile);
}
