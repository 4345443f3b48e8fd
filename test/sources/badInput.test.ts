// Bad input on the site never stops a crawl: each bad page is named in the summary with its reason,
// nothing of it reaches the corpus, and the good pages around it are stored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, crawlOptions } from '../../src/sources/crawl.js';
import type { CrawlSummary } from '../../src/sources/summary.js';
import { documentPath } from '../../src/sources/store.js';
import { workspace } from '../core/support.js';
import { makeScannedPdf, page, paragraphs } from './fixtures.js';
import { TestSite } from './site.js';

const site = new TestSite();
const ws = workspace({ empty: true });
const config = () => ws.config({ CRAWL_DELAY_MS: '0', CRAWL_MAX_PAGE_BYTES: '1000000' });
const GOOD = paragraphs(
  'Cette page ordinaire décrit les permanences d’accueil tenues chaque mardi dans les mairies partenaires.',
  'Les rendez-vous se prennent par téléphone ou directement sur place auprès des conseillers.',
);
const fileOf = (p: string, kind: 'html' | 'pdf' = 'html') => path.join(ws.corpusDir, documentPath(site.url(p), kind));
const reasonFor = (summary: CrawlSummary, p: string) => summary.failed.find((f) => f.url === site.url(p))?.reason;

function sitemap(paths: string[]): string {
  return `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${site.url(p)}</loc></url>`).join('')}</urlset>`;
}

let summary: CrawlSummary;

beforeAll(async () => {
  await site.start();
  const pages = ['/bon', '/enorme', '/binaire', '/casse.pdf', '/scan.pdf', '/latin1-meta', '/boucle', '/ailleurs'];
  site.route('/sitemap.xml', { type: 'application/xml', body: sitemap(pages) });
  site.route('/bon', { body: page({ title: 'Permanences', body: GOOD }) });
  // 5 MB of real paragraphs, sent in chunks: cut at the cap, never read whole.
  site.route('/enorme', {
    body: page({ title: 'Énorme', body: paragraphs(...Array(25_000).fill('Une phrase répétée pour grossir la page au-delà du plafond.')) }),
    chunked: true,
  });
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 37) % 256;
  site.route('/binaire', { type: 'text/html', body: binary });
  site.route('/casse.pdf', {
    type: 'application/pdf',
    body: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage with no xref\n%%EOF'),
  });
  site.route('/scan.pdf', { type: 'application/pdf', body: await makeScannedPdf() });
  const latin1 = page({
    title: 'Santé',
    body: paragraphs('Les équipes de santé se déplacent dans les régions éloignées pour des consultations gratuites.'),
  }).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">');
  site.route('/latin1-meta', { type: 'text/html', body: Buffer.from(latin1, 'latin1') });
  site.redirect('/boucle', '/boucle');
  site.redirect('/ailleurs', 'http://other.invalid/page');
  summary = await crawl(crawlOptions(config(), { start: site.url('/sitemap.xml') }));
});

afterAll(async () => {
  await site.stop();
  ws.cleanup();
});

describe('bad pages are named in the summary and the crawl goes on', () => {
  it('stores the good pages', () => {
    expect(existsSync(fileOf('/bon'))).toBe(true);
    expect(summary.new).toBe(2);
  });

  it('a page over the size cap is cut off while it streams, and named with the cap', () => {
    expect(reasonFor(summary, '/enorme')).toMatch(/larger than 1\.0 MB/);
    expect(existsSync(fileOf('/enorme'))).toBe(false);
  });

  it('binary bytes served as text/html are refused', () => {
    expect(reasonFor(summary, '/binaire')).toMatch(/binary content .* served as text\/html/);
  });

  it('a PDF that cannot be parsed, and a scanned PDF without text, are named and not stored', () => {
    expect(reasonFor(summary, '/casse.pdf')).toMatch(/PDF cannot be parsed/);
    expect(reasonFor(summary, '/scan.pdf')).toMatch(/no text layer/);
    expect(existsSync(fileOf('/scan.pdf', 'pdf'))).toBe(false);
  });

  it('a page declaring Latin-1 in a meta tag is decoded by it', () => {
    const html = readFileSync(fileOf('/latin1-meta'), 'utf8');
    expect(html).toContain('Les équipes de santé se déplacent dans les régions éloignées');
  });

  it('a redirect loop and a redirect to another site are failures with their reason', () => {
    expect(reasonFor(summary, '/boucle')).toMatch(/redirect loop/);
    expect(reasonFor(summary, '/ailleurs')).toMatch(/redirected to http:\/\/other\.invalid\/page, off-site/);
  });

  it('leaves no temporary file behind', () => {
    const all = readdirSync(ws.corpusDir, { recursive: true }).map(String);
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a sitemap of 50,000 URLs', () => {
  it('is read within bounds: --max-pages requests at most, and says it stopped early', async () => {
    const big = new TestSite();
    await big.start();
    const urls = Array.from({ length: 50_000 }, (_, i) => `<url><loc>${big.url(`/p/${i}`)}</loc><lastmod>2024-01-01</lastmod></url>`);
    big.route('/sitemap.xml', { type: 'application/xml', body: `<?xml version="1.0"?><urlset>${urls.join('')}</urlset>` });
    for (let i = 0; i < 50; i++) big.route(`/p/${i}`, { body: page({ title: `Page ${i}`, body: GOOD }) });
    const other = workspace({ empty: true });
    try {
      const result = await crawl(crawlOptions(other.config({ CRAWL_DELAY_MS: '0' }), { start: big.url('/sitemap.xml'), maxPages: 20 }));
      expect(result.fetched).toBe(20);
      expect(result.truncated).toMatch(/--max-pages 20/);
      expect(big.log.filter((r) => r.path.startsWith('/p/')).length).toBe(20);
    } finally {
      await big.stop();
      other.cleanup();
    }
  });
});
