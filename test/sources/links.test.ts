// Crawling from a start page: same-site links followed to --depth, --include/--exclude paths
// applied, noindex pages not stored, and a second crawl (all 304s) still reaching every page.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, crawlOptions } from '../../src/sources/crawl.js';
import { documentPath } from '../../src/sources/store.js';
import { workspace } from '../core/support.js';
import { page, paragraphs } from './fixtures.js';
import { TestSite } from './site.js';

const site = new TestSite();
const ws = workspace({ empty: true });
const TEXT = paragraphs(
  'Les bureaux de pays coordonnent l’aide avec les autorités nationales et les organisations locales partenaires.',
  'Ils publient des rapports de situation réguliers sur les besoins humanitaires des populations déplacées.',
);
const stored = (p: string) => existsSync(path.join(ws.corpusDir, documentPath(site.url(p), 'html')));
const run = (overrides: { include?: string[]; exclude?: string[]; maxDepth?: number } = {}) =>
  crawl(crawlOptions(ws.config({ CRAWL_DELAY_MS: '0' }), { start: site.url('/fr/'), ...overrides }));

beforeAll(async () => {
  await site.start();
  site.route('/robots.txt', { status: 404, body: '' });
  site.route('/fr/', {
    body: page({ title: 'Accueil', body: TEXT, nav: ['/fr/a', '/fr/b', '/en/x', '/fr/archives/vieux', 'https://elsewhere.invalid/'] }),
  });
  site.route('/fr/a', { body: page({ title: 'Page A', body: `${TEXT}<p><a href="/fr/a/profond">suite</a></p>` }) });
  site.route('/fr/a/profond', { body: page({ title: 'Profond', body: `${TEXT}<p><a href="/fr/a/profond/encore">suite</a></p>` }) });
  site.route('/fr/a/profond/encore', { body: page({ title: 'Encore', body: TEXT }) });
  site.route('/fr/b', { body: page({ title: 'Page B', head: '<meta name="robots" content="noindex">', body: TEXT }) });
  site.route('/en/x', { body: page({ title: 'Page X', lang: 'en', body: TEXT }) });
  site.route('/fr/archives/vieux', { body: page({ title: 'Vieux', body: TEXT }) });
});

afterAll(async () => {
  await site.stop();
  ws.cleanup();
});

describe.sequential('following links from a start page', () => {
  it('stays on the site, within --include, outside --exclude and --depth, and stores no noindex page', async () => {
    const summary = await run({ include: ['/fr/'], exclude: ['/fr/archives/'], maxDepth: 2 });
    expect(['/fr/', '/fr/a', '/fr/a/profond'].every(stored)).toBe(true);
    expect(['/fr/b', '/en/x', '/fr/archives/vieux', '/fr/a/profond/encore'].some(stored)).toBe(false);
    expect(summary.skipped).toEqual(
      expect.arrayContaining([
        { url: site.url('/en/x'), reason: 'outside --include' },
        { url: site.url('/fr/archives/vieux'), reason: 'excluded by --exclude' },
        expect.objectContaining({ url: site.url('/fr/b'), reason: expect.stringMatching(/noindex/) }),
      ]),
    );
    expect(site.log.some((r) => r.path === '/fr/a/profond/encore')).toBe(false);
  });

  it('a second crawl answered with 304s still reaches the pages linked from them', async () => {
    const since = site.log.length;
    const summary = await run({ include: ['/fr/'], exclude: ['/fr/archives/'], maxDepth: 2 });
    const paths = site.requestsSince(since).map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['/fr/', '/fr/a', '/fr/a/profond']));
    // The three stored pages and the noindex one: all answered 304.
    expect(summary).toMatchObject({ new: 0, changed: 0, unchanged: 4 });
  });
});
