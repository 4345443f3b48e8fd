// `npm run bench:startup`: how soon `npm start` answers after it is spawned, with a corpus changed
// since the last build (issue 13: /healthz within 1 s of start, the old build serving while the new
// one builds). Baselines from the same run: Node alone, and Node under the tsx loader, each binding
// a bare node:http server — what any server started this way pays before its first line runs.
// The server rows run what `npm start` runs, the compiled dist/ (built first if src/ changed), and
// for comparison the sources under tsx (as `npm start` ran them before dist/); a last row times the whole
// `npm start` command (npm itself, the prestart check, then the server) from a terminal.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { freePort } from './server.js';
import { median } from './stats.js';

const RUNS = 5;
const POLL_MS = 5;
const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');`;

interface Timing {
  healthz: number;
  readyz: number | null;
}

async function status(url: string): Promise<number> {
  return fetch(url)
    .then((r) => r.status)
    .catch(() => 0);
}

/** Spawns `command args`, polls /healthz (and /readyz when asked) until 200, then kills the process group. */
async function timeStart(command: string, args: string[], env: Record<string, string>, withReady: boolean): Promise<Timing> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = started + 120_000;
  let healthz = 0;
  let readyz: number | null = null;
  try {
    while (!healthz && performance.now() < deadline) {
      if ((await status(`${base}/healthz`)) === 200) healthz = performance.now() - started;
      else await new Promise((r) => setTimeout(r, POLL_MS));
    }
    while (withReady && readyz === null && performance.now() < deadline) {
      if ((await status(`${base}/readyz`)) === 200) readyz = performance.now() - started;
      else await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
  }
  if (!healthz) throw new Error(`${args.join(' ')} did not answer /healthz within 120 s`);
  return { healthz, readyz };
}

interface Row {
  name: string;
  command: string;
  args: string[];
  /** WEB_CONCURRENCY for a server row ('' for the default); null for a baseline. */
  workers: string | null;
  withReady: boolean;
  timings: Timing[];
}

const cell = (xs: number[]) => (xs.length ? `${median(xs).toFixed(0)} / ${Math.max(...xs).toFixed(0)}` : '–');

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0];
  const root = mkdtempSync(path.join(os.tmpdir(), 'oim-bench-startup-'));
  try {
    const corpus = path.join(root, 'corpus');
    cpSync(loadConfig().CORPUS_DIR, corpus, { recursive: true });
    const config = loadConfig({ ...process.env, CORPUS_DIR: corpus, INDEX_DIR: path.join(root, 'index') });
    process.stderr.write('building the index the server will find stale…\n');
    await ingest({ config, embedder: createEmbedder(config) });
    const script = path.join(root, 'bare.cjs');
    writeFileSync(script, BARE_SERVER);
    const changed = path.join(corpus, 'page-ajoutee.txt');
    const serverEnv = (workers: string) => ({
      CORPUS_DIR: corpus,
      INDEX_DIR: config.INDEX_DIR,
      SQLITE_FILE: ':memory:',
      ...(workers ? { WEB_CONCURRENCY: workers } : {}),
    });
    execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
    const defaultWorkers = `WEB_CONCURRENCY=${os.availableParallelism()}, one per core`;
    const node = process.execPath;
    const row = (name: string, command: string, args: string[], workers: string | null, withReady = workers !== null): Row => ({
      name,
      command,
      args,
      workers,
      withReady,
      timings: [],
    });
    const rows: Row[] = [
      row('node, bare node:http server (baseline)', node, [script], null),
      row('node --import tsx, bare node:http server (baseline)', node, ['--import', 'tsx', script], null),
      row('npm start: node dist/serve/main.js, one process (WEB_CONCURRENCY=1)', node, ['dist/serve/main.js'], '1'),
      row(`npm start: node dist/serve/main.js, default (${defaultWorkers})`, node, ['dist/serve/main.js'], ''),
      row(`the sources: node --import tsx src/serve/main.ts, default`, node, ['--import', 'tsx', 'src/serve/main.ts'], '', false),
      row(`the whole \`npm start\` command (npm, prestart, server), default`, 'npm', ['start', '--silent'], '', false),
    ];
    for (let run = 0; run < RUNS; run++) {
      process.stderr.write(`run ${run + 1}/${RUNS}…\n`);
      for (const [i, r] of rows.entries()) {
        // Each server's start must find the corpus changed since the build it serves.
        if (r.workers !== null) appendFileSync(changed, `Paragraphe ajouté au passage ${run}-${i} du banc d'essai.\n\n`);
        r.timings.push(await timeStart(r.command, r.args, r.workers === null ? {} : serverEnv(r.workers), r.withReady));
      }
    }
    const goal = rows[3];
    console.log(
      [
        `### Start-up with a changed corpus (${RUNS} starts each, ms from spawn; median / max; load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end)`,
        '',
        '| process | first /healthz 200 | first /readyz 200 (old build serving) |',
        '|---|---|---|',
        ...rows.map(
          ({ name, timings: t }) =>
            `| ${name} | ${cell(t.map((x) => x.healthz))} | ${cell(t.flatMap((x) => (x.readyz === null ? [] : [x.readyz])))} |`,
        ),
        '',
        `Goal (issue 13): /healthz within 1000 ms of start — ${goal.name}: median ${median(goal.timings.map((x) => x.healthz)).toFixed(0)} ms.`,
      ].join('\n'),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:startup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
