// npm run sync end to end: crawl + ingest + reload of a real running app (POST /admin/reload), the
// new page searchable right after; nothing reloaded when nothing changed; SIGHUP through a pid file;
// a wrong token or a missing pid file reported, never thrown.
import { spawn } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../../src/embed/index.js';
import { createServer } from '../../src/serve/createServer.js';
import { notifyServer, sync } from '../../src/sources/sync.js';
import { workspace } from '../core/support.js';
import { closeServer, urlOf } from '../helpers/server.js';
import { page, paragraphs } from './fixtures.js';
import { TestSite } from './site.js';

const ADMIN_TOKEN = 'sync-test-admin-token';
const site = new TestSite();
const ws = workspace({ empty: true });
let app: Server | null = null;

function setPages(paths: string[]): void {
  site.route('/sitemap.xml', {
    type: 'application/xml',
    body: `<?xml version="1.0"?><urlset>${paths.map((p) => `<url><loc>${site.url(p)}</loc></url>`).join('')}</urlset>`,
  });
}

const runSync = (reloadUrl: string, token = ADMIN_TOKEN) => {
  const config = ws.config({ ADMIN_TOKEN: token, SYNC_RELOAD_URL: reloadUrl, CRAWL_DELAY_MS: '0' });
  return sync({ config, embedder: createEmbedder(config), crawl: { start: site.url('/sitemap.xml') } });
};

async function searchText(url: string, q: string): Promise<string> {
  const res = await fetch(`${url}/api/search?q=${encodeURIComponent(q)}&k=3`);
  return ((await res.json()) as { results: Array<{ text: string }> }).results.map((r) => r.text).join('\n');
}

beforeAll(async () => {
  await site.start();
  site.route('/fr/accueil', {
    body: page({
      title: 'Accueil des nouveaux arrivants',
      body: paragraphs('Le guichet unique reçoit les nouveaux arrivants du lundi au vendredi, sur rendez-vous ou sans.'),
    }),
  });
  site.route('/fr/logement', {
    body: page({
      title: 'Logement temporaire',
      body: paragraphs('Les familles hébergées en résidence temporaire disposent d’une cuisine partagée et d’une laverie gratuite.'),
    }),
  });
  setPages(['/fr/accueil']);
});

afterAll(async () => {
  if (app) await closeServer(app);
  await site.stop();
  ws.cleanup();
});

describe.sequential('npm run sync', () => {
  let appUrl = '';

  it('with no server running, builds the index and says the server will load it when it starts', async () => {
    const closed = createHttpServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await runSync(`http://127.0.0.1:${port}/admin/reload`);
    expect(result.crawl.new).toBe(1);
    expect(result.ingest.upToDate).toBe(false);
    expect(result.reload).toMatchObject({
      how: 'admin',
      ok: true,
      message: expect.stringMatching(/will load the new index when it starts/),
    });
  });

  it('reloads a running server, which then finds the new page', async () => {
    const config = ws.config({ ADMIN_TOKEN });
    const server = createServer({ ...config, LOG_LEVEL: 'silent' });
    await server.load('startup');
    app = await server.listen(0, '127.0.0.1');
    appUrl = urlOf(app);
    expect(await searchText(appUrl, 'laverie résidence temporaire')).not.toContain('laverie gratuite');
    setPages(['/fr/accueil', '/fr/logement']);
    const result = await runSync(`${appUrl}/admin/reload`);
    expect(result.crawl).toMatchObject({ new: 1, unchanged: 1 });
    expect(result.reload).toMatchObject({ how: 'admin', ok: true, message: expect.stringMatching(/now serves build/) });
    expect(await searchText(appUrl, 'laverie résidence temporaire')).toContain('laverie gratuite');
  });

  it('reloads nothing when nothing changed', async () => {
    const result = await runSync(`${appUrl}/admin/reload`);
    expect(result.ingest).toMatchObject({ upToDate: true, embedded: 0 });
    expect(result.reload).toMatchObject({ how: 'none', ok: true });
  });

  it('reports a token the server refuses, without throwing', async () => {
    const outcome = await notifyServer(ws.config({ ADMIN_TOKEN: 'not-the-token', SYNC_RELOAD_URL: `${appUrl}/admin/reload` }));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/refused the token \(HTTP 401\)/) });
  });
});

describe('reload by signal', () => {
  it('sends SIGHUP to the process in the pid file', async () => {
    const child = spawn(process.execPath, [
      '-e',
      "process.on('SIGHUP', () => { console.log('reloaded'); process.exit(0); }); console.log('ready'); setInterval(() => {}, 1000);",
    ]);
    try {
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      const pidFile = path.join(ws.root, 'server.pid');
      writeFileSync(pidFile, `${child.pid}\n`);
      const outcome = await notifyServer(ws.config(), { pidFile });
      expect(outcome).toMatchObject({ how: 'signal', ok: true });
      await new Promise<void>((resolve) => child.once('exit', () => resolve()));
      expect(output).toContain('reloaded');
    } finally {
      child.kill();
    }
  });

  it('reports a missing pid file, naming it', async () => {
    const pidFile = path.join(ws.root, 'absent.pid');
    expect(await notifyServer(ws.config(), { pidFile })).toMatchObject({
      ok: false,
      message: expect.stringContaining(`cannot read the pid file ${pidFile} (ENOENT)`),
    });
  });
});
