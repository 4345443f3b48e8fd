// Restarts that never take the site down (issue 13, point 5), on the real `npm start`: with a
// changed corpus, the server used to rebuild before listening (liveness failed for minutes, SIGTERM
// waited for the build), and one bad file stopped it although a valid index was on disk. Now it
// answers /healthz at once, serves the old build until the new one is published, names every file
// it skips, and drains within SHUTDOWN_GRACE_MS, a rebuild running or not.
import { existsSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../src/config.js';
import { createEmbedder } from '../../src/embed/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { getJson, type MainProcess, startMain } from '../helpers/process.js';
import { corpusCopy, expectChatAnswer, postChat } from './support.js';

/** A page the corpus gains after the last build: its term is searchable only in the new build. */
const newDoc = (term: string) =>
  `Le dispositif ${term}\n\nLe dispositif ${term} de l'OIM accompagne les familles déplacées vers des logements temporaires depuis 2021.\n`;
const GRACE_MS = 3000;

async function searchSources(url: string, q: string): Promise<string[]> {
  const res = await fetch(`${url}/api/search?q=${encodeURIComponent(q)}&k=3`);
  return ((await res.json()) as { results: Array<{ source: string }> }).results.map((r) => r.source);
}

interface Ready {
  build: string | null;
  rebuild: { pending: boolean };
}

const readyz = async (url: string) => (await getJson(`${url}/readyz`)) as { status: number; body: Ready } | undefined;

describe('npm start with a changed corpus and bad files', () => {
  let corpus: ReturnType<typeof corpusCopy>;
  let config: Config;
  let main: MainProcess | null = null;

  beforeAll(async () => {
    corpus = corpusCopy();
    config = loadConfig({ CORPUS_DIR: corpus.dir, INDEX_DIR: path.join(path.dirname(corpus.dir), 'index'), USE_DICTIONARY: 'false' });
    await ingest({ config, embedder: createEmbedder(config) });
    // The corpus changes after the build: a new page, its sidecar with a javascript: URL, a symlink
    // loop (and, in each test, one more page, so that each start finds the corpus changed).
    writeFileSync(path.join(corpus.dir, 'dispositif.txt'), newDoc('Kibokoite'));
    writeFileSync(path.join(corpus.dir, 'dispositif.meta.json'), JSON.stringify({ title: 'Dispositif', url: 'javascript:alert(1)' }));
    symlinkSync(path.join(corpus.dir, 'boucle-b.txt'), path.join(corpus.dir, 'boucle-a.txt'));
    symlinkSync(path.join(corpus.dir, 'boucle-a.txt'), path.join(corpus.dir, 'boucle-b.txt'));
  }, 120_000);

  afterAll(async () => {
    await main?.stop('SIGKILL');
    corpus.cleanup();
  });

  // One process, and the default of a 2-core machine: a primary forking two workers, which runs the rebuild.
  it.each([
    { workers: '1', term: 'Kilimanjarite' },
    { workers: '2', term: 'Ruwenzorite' },
  ])(
    'answers /healthz at once, serves the old build while rebuilding, takes the new one, names the skipped files (WEB_CONCURRENCY=$workers)',
    async ({ workers, term }) => {
      const oldBuild = path.basename(realpathSync(config.INDEX_DIR));
      const page = `dispositif-${term.toLowerCase()}.txt`;
      writeFileSync(path.join(corpus.dir, page), newDoc(term));
      main = await startMain({
        WEB_CONCURRENCY: workers,
        CORPUS_DIR: config.CORPUS_DIR,
        INDEX_DIR: config.INDEX_DIR,
        INDEX_WATCH_MS: '500',
        SHUTDOWN_GRACE_MS: String(GRACE_MS),
        LOG_LEVEL: 'info',
      });
      const m = main;
      await m.waitFor('/healthz', async () => ((await getJson(`${m.url}/healthz`))?.status === 200 ? true : undefined));
      // Reported, not asserted: on an idle machine this is well under a second; on a loaded one, Node's own start dominates.
      console.log(`/healthz answered ${Date.now() - m.startedAt} ms after the process was spawned`);

      // The old build serves, and says a rebuild is pending, before the new one is published. One
      // process loads the old build before it starts the rebuild; the workers of a cluster load
      // whichever build is published when they are up, and a small corpus may be rebuilt by then.
      const serving = await m.waitFor('a build served', async () => {
        const r = await readyz(m.url);
        return r?.status === 200 ? r.body : undefined;
      });
      if (workers === '1') expect(serving.rebuild.pending).toBe(true);
      if (serving.rebuild.pending) {
        expect(serving.build).toBe(oldBuild);
        expect(await searchSources(m.url, term)).not.toContain(`corpus/${page}`);
      }
      const chat = await postChat(m.url, { message: 'Combien d’États membres compte l’OIM ?' });
      expect(chat.status).toBe(200);
      expectChatAnswer(await chat.json());

      const rebuilt = await m.waitFor(
        'the new build',
        async () => {
          const r = await readyz(m.url);
          return r?.body.build && r.body.build !== oldBuild && !r.body.rebuild.pending ? r.body : undefined;
        },
        180_000,
      );
      expect(rebuilt.build).toBe(path.basename(realpathSync(config.INDEX_DIR)));
      expect((await getJson(`${m.url}/healthz`))?.body.build).toBe(rebuilt.build);
      expect(await searchSources(m.url, term)).toContain(`corpus/${page}`);
      // Each skipped file is named in a warning; nothing went to stderr.
      const warnings = m.lines.filter((l) => l.level === 40).map((l) => String(l.msg));
      expect(warnings.some((w) => w.includes('dispositif.meta.json') && /url/i.test(w))).toBe(true);
      expect(warnings.some((w) => w.includes('boucle-a.txt'))).toBe(true);
      expect(m.lines.filter((l) => l.stderr)).toEqual([]);

      const stopped = await m.stop();
      expect(stopped.code).toBe(0);
      expect(stopped.ms).toBeLessThan(GRACE_MS + 2000);
    },
    240_000,
  );

  it('drains within SHUTDOWN_GRACE_MS with a rebuild running: nothing published, the lock released', async () => {
    writeFileSync(path.join(corpus.dir, 'encore.txt'), `Une page de plus sur le dispositif Kilimanjarite.\n`);
    const published = realpathSync(config.INDEX_DIR);
    main = await startMain({ CORPUS_DIR: config.CORPUS_DIR, INDEX_DIR: config.INDEX_DIR, SHUTDOWN_GRACE_MS: String(GRACE_MS) });
    const m = main;
    await m.waitFor('a rebuild pending', async () => ((await readyz(m.url))?.body.rebuild.pending ? true : undefined));
    const stopped = await m.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(GRACE_MS + 2000);
    // The rebuild child went with it: its lock is gone and the pointer did not move.
    await new Promise((r) => setTimeout(r, 500));
    expect(existsSync(`${config.INDEX_DIR}.lock`)).toBe(false);
    expect(realpathSync(config.INDEX_DIR)).toBe(published);
    rmSync(path.join(corpus.dir, 'encore.txt'));
  }, 240_000);
});
