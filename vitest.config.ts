// Two tiers (vitest projects), run by `npm test` one after the other:
// - fast: unit and API tests over the seed index built once (test/setup/globalSetup.ts); the inner
//   loop is `npm run test:fast`. Workers are reused between files (isolate: false): most of a file's
//   cost was loading LangChain and the app again, and these tests share no mutable state.
// - slow: what kills processes, injects faults, fuzzes, reloads indexes, drives Chromium, spawns
//   the command-line tools or measures a larger corpus; `npm run test:slow` runs it alone.
import { defineConfig } from 'vitest/config';

/** Files of the slow tier; every other test file is fast. */
const SLOW = [
  'test/core/crashSafety.test.ts',
  'test/hardening/faults.test.ts',
  'test/hardening/hostileInput.test.ts',
  'test/hardening/indexDurability.test.ts',
  // 29 attacks, JSON and SSE, against three servers (one over a planted corpus it indexes): 100 s of a loaded machine.
  'test/hardening/injection.test.ts',
  // Model calls held for seconds so that floods overlap them; sockets held open to their timeouts.
  'test/hardening/modelShare.test.ts',
  'test/hardening/connections.test.ts',
  // The real npm start in child processes: restarts, rebuilds, several workers, replicas over Redis.
  'test/hardening/restart.test.ts',
  'test/hardening/ingestLock.test.ts',
  'test/scale/**/*.test.ts',
  'test/cli/**/*.test.ts',
  // Builds a 57-document index and runs 105 questions and 26 claims over it, printing the figures.
  'test/multidoc/**/*.test.ts',
  'test/e2e/**/*.test.ts',
  // Crawls a served site four times with an ingest after each; sync reloads a running app and signals a child process.
  'test/sources/crawl.test.ts',
  'test/sources/sync.test.ts',
  // The insights store against a PostgreSQL cluster it starts, evidence over re-ingested indexes, Chromium.
  'test/insights/store.test.ts',
  'test/insights/purgeLease.test.ts',
  'test/insights/evidence.test.ts',
  'test/insights/insights.e2e.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/setup/globalSetup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['test/**/*.test.ts'],
          exclude: SLOW,
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: SLOW,
          // Child processes and Chromium: on 2 loaded cores a single spawned command can take 20 s.
          testTimeout: 120_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
