// `npm start` runs src/ compiled to dist/ by `npm run build` (scripts/build.mjs), while every other
// test runs the sources under tsx. What only the compiled layout can get wrong is tested here, on
// the real process with its default two workers: the files found next to the code (staff pages and
// styles, the browser scripts bundled on first request, the rebuild child, the recording thread),
// the cluster forking its workers, and the build step that `prestart` runs only when src/ changed.
import { execFile } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { corpusCopy, expectChatAnswer, postChat } from '../hardening/support.js';
import { getJson, type MainProcess, startMain } from '../helpers/process.js';
import { REPO_ROOT } from '../helpers/server.js';

const run = promisify(execFile);
const GRACE_MS = 3000;

describe('npm run build, and npm start from dist/', () => {
  // Inside the repository, as dist/ is: the compiled modules find node_modules by walking up.
  const outdir = mkdtempSync(path.join(REPO_ROOT, 'dist-test-'));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'oim-build-data-'));
  const build = (...args: string[]) => run(process.execPath, ['scripts/build.mjs', ...args, outdir], { cwd: REPO_ROOT });
  let corpus: ReturnType<typeof corpusCopy>;
  let main: MainProcess | null = null;
  let indexDir: string;

  beforeAll(async () => {
    await build();
    corpus = corpusCopy();
    indexDir = path.join(path.dirname(corpus.dir), 'index');
    const config = loadConfig({ CORPUS_DIR: corpus.dir, INDEX_DIR: indexDir, USE_DICTIONARY: 'false' });
    await ingest({ config, embedder: createEmbedder(config) });
  }, 120_000);

  afterAll(async () => {
    await main?.stop('SIGKILL');
    corpus?.cleanup();
    rmSync(outdir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('--if-stale leaves an up-to-date build alone and builds when the last build is unknown', async () => {
    const output = path.join(outdir, 'serve/main.js');
    const before = statSync(output).mtimeMs;
    await build('--if-stale');
    expect(statSync(output).mtimeMs).toBe(before);
    rmSync(path.join(outdir, '.build-stamp'));
    await build('--if-stale');
    expect(statSync(output).mtimeMs).toBeGreaterThan(before);
  });

  it('serves pages, styles and browser scripts, records answers, rebuilds a changed corpus in its child, and drains on SIGTERM', async () => {
    const oldBuild = path.basename(realpathSync(indexDir));
    writeFileSync(path.join(corpus.dir, 'ajout.txt'), `Le programme Tessellite\n\nLe programme Tessellite de l'OIM aide les familles.\n`);
    main = await startMain(
      {
        WEB_CONCURRENCY: '2',
        CORPUS_DIR: corpus.dir,
        INDEX_DIR: indexDir,
        INDEX_WATCH_MS: '500',
        SQLITE_FILE: path.join(dataDir, 'insights.sqlite'),
        SHUTDOWN_GRACE_MS: String(GRACE_MS),
        LOG_LEVEL: 'info',
      },
      { entry: path.join(outdir, 'serve/main.js') },
    );
    const m = main;
    await m.waitFor('/healthz', async () => ((await getJson(`${m.url}/healthz`))?.status === 200 ? true : undefined));
    // The app serves (requests before that are held, then refused as "starting" on a loaded machine).
    await m.waitFor('/readyz', async () => ((await getJson(`${m.url}/readyz`))?.status === 200 ? true : undefined), 120_000);

    // Each asset is read or bundled from where the compiled module looks for it.
    const assets: Array<[string, RegExp]> = [
      ['/staff', /text\/html/],
      ['/staff/base.css', /text\/css/],
      ['/staff/app.css', /text\/css/],
      ['/staff/app.js', /javascript/],
      ['/staff/insights', /text\/html/],
      ['/staff/insights/app.js', /javascript/],
      ['/staff/insights/app.css', /text\/css/],
      ['/', /text\/html/],
      ['/widget.js', /javascript/],
      ['/widget-demo.js', /javascript/],
      ['/widget-demo.css', /text\/css/],
    ];
    for (const [route, type] of assets) {
      const res = await fetch(`${m.url}${route}`);
      expect([route, res.status, res.headers.get('content-type')]).toEqual([route, 200, expect.stringMatching(type)]);
      expect((await res.text()).length, route).toBeGreaterThan(200);
    }

    const chat = await postChat(m.url, { message: 'Combien d’États membres compte l’OIM ?' });
    expect(chat.status).toBe(200);
    expectChatAnswer(await chat.json());
    // The answer reaches the database through the recording thread (writerWorker.js).
    await m.waitFor('the answer recorded', async () => {
      const exported = await getJson(`${m.url}/api/insights/export?format=json`);
      return exported?.status === 200 && exported.body.turns.length > 0 ? true : undefined;
    });

    // The rebuild child (rebuildChild.js) publishes the changed corpus, and the workers take it.
    const rebuilt = await m.waitFor(
      'the new build',
      async () => {
        const r = await getJson(`${m.url}/readyz`);
        return r?.status === 200 && r.body.build !== oldBuild && !r.body.rebuild.pending ? r.body : undefined;
      },
      180_000,
    );
    expect(rebuilt.build).toBe(path.basename(realpathSync(indexDir)));
    // The second worker is forked once the first serves.
    await m.waitFor('two workers serving', () =>
      m.lines.filter((l) => typeof l.msg === 'string' && /^worker \d+ serving$/.test(l.msg)).length === 2 ? true : undefined,
    );
    expect(m.lines.filter((l) => l.stderr)).toEqual([]);

    const stopped = await m.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(GRACE_MS + 2000);
  }, 240_000);
});
