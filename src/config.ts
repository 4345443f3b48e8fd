// The one place that reads process.env: every other module receives a validated Config.
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { issueLines } from './lib/issues.js';

/** Defaults the answerers share with the configuration, written once. */
export const DEFAULT_MODEL_TIMEOUT_MS = 20_000;
/** Passages retrieved for a question or a claim, and given to the model. */
export const PASSAGES_PER_QUESTION = 5;

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no', '']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
/** A whole number that may be left unset; an empty value (`NAME=` in .env) is unset, not 0. */
const optionalInt = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  optionalString.pipe(z.coerce.number<string>().int().min(min).max(max).optional());
const list = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

export const configSchema = z
  .object({
    CORPUS_DIR: z.string().min(1).default('corpus'),
    INDEX_DIR: z.string().min(1).default('indexes/default'),
    EMBEDDINGS: z.enum(['local', 'openai']).default('local'),
    EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
    LOCAL_EMBEDDING_DIM: z.coerce.number().int().min(64).max(4096).default(512),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
    CHAT_MODEL: z.string().min(1).default('gpt-4o-mini'),
    MODEL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(DEFAULT_MODEL_TIMEOUT_MS),
    MODEL_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
    MODEL_MAX_TOKENS: z.coerce.number().int().min(16).max(8192).default(600),
    CHUNK_SIZE: z.coerce.number().int().min(200).max(8000).default(1200),
    CHUNK_OVERLAP: z.coerce.number().int().min(0).max(2000).default(200),
    HNSW_M: z.coerce.number().int().min(4).max(128).default(32),
    HNSW_EF_CONSTRUCTION: z.coerce.number().int().min(10).max(2000).default(400),
    HNSW_EF_SEARCH: z.coerce.number().int().min(10).max(5000).default(300),
    DICTIONARY_DIR: z.string().min(1).default('/usr/share/dictd'),
    USE_DICTIONARY: bool.default(true),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    ALLOWED_ORIGINS: list,
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
    RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(30),
    RATE_LIMIT_VERIFY_MAX: z.coerce.number().int().min(1).default(120),
    MAX_CONCURRENT_MODEL_CALLS: z.coerce.number().int().min(1).default(4),
    ANSWER_CACHE_SIZE: z.coerce.number().int().min(0).max(1_000_000).default(1000),
    MAX_MODEL_QUEUE: z.coerce.number().int().min(0).default(16),
    STAFF_TOKEN: optionalString,
    ADMIN_TOKEN: optionalString,
    METRICS_TOKEN: optionalString,
    // A separate listener for /metrics (e.g. on a private interface); 0 or unset: none.
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    // Failed token attempts per client per window on the token-guarded routes (then 429).
    RATE_LIMIT_AUTH_MAX: z.coerce.number().int().min(1).default(20),
    // Connections and timeouts (issue 13): see README "Limits and timeouts".
    HEADERS_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(15_000),
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
    KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    MAX_CONNECTIONS: z.coerce.number().int().min(1).default(4096),
    // Unset: 256 when clients connect directly (TRUST_PROXY=0), no cap behind a proxy; 0: no cap.
    MAX_CONNECTIONS_PER_ADDRESS: optionalInt(0),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
    // A fair share of the model: per-minute budgets (0: none) and the model slots one address may hold.
    MODEL_CALLS_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    MODEL_CALLS_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(0).default(20),
    MODEL_SHARE_PER_ADDRESS: z.coerce.number().int().min(1).default(2),
    // Several processes (issue 14): workers per machine (unset: one per core), shared state, the index pointer.
    WEB_CONCURRENCY: optionalInt(1, 256),
    REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
    REDIS_PREFIX: z
      .string()
      .regex(/^[\w:.-]{0,64}$/, 'letters, digits and : . - _ only')
      .default('oim:'),
    // How often INDEX_DIR's published pointer is checked for a new build (ms; 0: only SIGHUP / reload).
    INDEX_WATCH_MS: z.coerce.number().int().min(0).default(2000),
    // Rebuild a stale index at start (in a child process, serving meanwhile); false for replicas that only follow the pointer.
    INDEX_REBUILD_ON_START: bool.default(true),
    HISTORY_SIGNING_KEY: optionalString.pipe(
      z.string().min(32, 'HISTORY_SIGNING_KEY must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
    ),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_CONTENT: bool.default(false),
    // Crawling (npm run crawl / npm run sync): who we are, and how gently we fetch.
    CRAWL_USER_AGENT: z
      .string()
      .trim()
      .regex(/^[\w.-]+(\/[\w.-]+)?$/, 'a product token such as OIM-assistant/1.0 (no spaces)')
      .default('OIM-assistant/0.1'),
    CRAWL_CONTACT_URL: optionalString.pipe(z.url({ protocol: /^(https?|mailto)$/ }).optional()),
    CRAWL_START_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    CRAWL_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
    CRAWL_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(500),
    CRAWL_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(20_000),
    CRAWL_MAX_PAGE_BYTES: z.coerce.number().int().min(10_000).default(2_000_000),
    CRAWL_MAX_FILE_BYTES: z.coerce.number().int().min(10_000).default(50_000_000),
    CRAWL_MAX_PAGES: z.coerce.number().int().min(1).default(10_000),
    CRAWL_MAX_DEPTH: z.coerce.number().int().min(0).max(50).default(5),
    SYNC_RELOAD_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    // Insights (issue 12): what visitors ask, their feedback, evidence of each answer.
    RECORD_QUESTIONS: bool.default(true),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
        .optional(),
    ),
    SQLITE_FILE: z.string().min(1).default('data/insights.sqlite'),
    RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    // Where a visitor asking for a person is sent; without it the assistant says it has no address to give.
    CONTACT_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  })
  .refine((c) => c.CHUNK_OVERLAP < c.CHUNK_SIZE, {
    message: 'CHUNK_OVERLAP must be smaller than CHUNK_SIZE',
    path: ['CHUNK_OVERLAP'],
  })
  .refine((c) => c.HEADERS_TIMEOUT_MS <= c.REQUEST_TIMEOUT_MS, {
    message: 'HEADERS_TIMEOUT_MS must not be longer than REQUEST_TIMEOUT_MS (the whole request includes its headers)',
    path: ['HEADERS_TIMEOUT_MS'],
  })
  .refine((c) => c.EMBEDDINGS !== 'openai' || c.OPENAI_API_KEY || c.OPENAI_BASE_URL, {
    message: 'EMBEDDINGS=openai needs OPENAI_API_KEY or OPENAI_BASE_URL',
    path: ['EMBEDDINGS'],
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parse an environment (default: process.env) into a Config, or throw a ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = issueLines(parsed.error, '(config)').map((line) => `  ${line}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
}

/** The cap on open connections from one address (0: none); behind a proxy every client shares its address. */
export function connectionsPerAddress(config: Pick<Config, 'MAX_CONNECTIONS_PER_ADDRESS' | 'TRUST_PROXY'>): number {
  return config.MAX_CONNECTIONS_PER_ADDRESS ?? (config.TRUST_PROXY > 0 ? 0 : DIRECT_CONNECTIONS_PER_ADDRESS);
}

/**
 * Connections one address may hold when visitors connect directly: a browser opens at most 6 per
 * host, and a shared address (an office, a carrier's NAT) carries many visitors; an idle-socket
 * flood from one host is held to this many sockets, each closed after HEADERS_TIMEOUT_MS.
 */
const DIRECT_CONNECTIONS_PER_ADDRESS = 256;

/** Worker processes `npm start` runs: WEB_CONCURRENCY, or one per core available to this process. */
export function workerCount(config: Pick<Config, 'WEB_CONCURRENCY'>): number {
  return config.WEB_CONCURRENCY ?? availableParallelism();
}

/** A model is configured when either a key or an OpenAI-compatible base URL is set. */
export function hasChatModel(config: Config): boolean {
  return Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);
}
