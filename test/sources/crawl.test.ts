// npm run crawl against a small site served by the test: sitemap index, robots.txt, a 301, a
// canonical copy, an hreflang pair, a Latin-1 page, a redirect loop, a PDF and a Word file; then
// the same site crawled again (only 304s, nothing to embed), a page changed (only its passages
// embedded again) and a page taken down (removed from the corpus, then from the index).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { loadIndex } from '../../src/index/diskIndex.js';
import { loadAssistant } from '../../src/serve/services.js';
import { crawl, crawlOptions } from '../../src/sources/crawl.js';
import { documentPath } from '../../src/sources/store.js';
import { countingEmbedder, workspace } from '../core/support.js';
import { makeDocx, makePdf, page, paragraphs } from './fixtures.js';
import { TestSite } from './site.js';

const site = new TestSite();
const ws = workspace({ empty: true });
const env = { CRAWL_DELAY_MS: '0', CRAWL_USER_AGENT: 'OIM-test-crawler/1.0', CRAWL_CONTACT_URL: 'https://contact.example/crawler' };
const config = () => ws.config(env);
const run = () => crawl(crawlOptions(config(), { start: site.url('/sitemap.xml') }));
const fileOf = (urlPath: string, kind: 'html' | 'pdf' | 'docx' = 'html') => path.join(ws.corpusDir, documentPath(site.url(urlPath), kind));
const sidecarOf = (urlPath: string, kind: 'html' | 'pdf' | 'docx' = 'html') =>
  JSON.parse(readFileSync(fileOf(urlPath, kind).replace(/\.[a-z]+$/, '.meta.json'), 'utf8'));

const NEWS_V1 = paragraphs(
  'Les actualités de cette semaine portent sur les nouveaux centres d’accueil ouverts dans trois régions frontalières.',
  'Chaque centre propose une orientation juridique, des soins de première urgence et un espace réservé aux familles avec enfants.',
);
const NEWS_V2 = paragraphs(
  'Les actualités de cette semaine portent sur les nouveaux centres d’accueil ouverts dans trois régions frontalières.',
  'Un quatrième centre ouvrira au printemps prochain dans la vallée du fleuve, avec une clinique mobile et une école temporaire.',
);

function buildSite(pdf: Uint8Array, docx: Uint8Array): void {
  const lastmod = '2024-05-02';
  site.route('/robots.txt', { type: 'text/plain', body: `User-agent: *\nDisallow: /private/\n\nSitemap: ${site.url('/sitemap.xml')}\n` });
  site.route('/sitemap.xml', {
    type: 'application/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>${site.url('/sitemaps/pages.xml')}</loc><lastmod>${lastmod}</lastmod></sitemap>
      <sitemap><loc>${site.url('/sitemaps/documents.xml')}</loc></sitemap></sitemapindex>`,
  });
  const urls = (paths: string[]) =>
    `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
      .map((p) => `<url><loc>${site.url(p)}</loc><lastmod>${lastmod}</lastmod></url>`)
      .join('')}</urlset>`;
  site.route('/sitemaps/pages.xml', {
    type: 'application/xml',
    body: urls([
      '/fr/mission',
      '/en/mission',
      '/fr/mission/imprimer',
      '/ancien-chemin',
      '/private/interne',
      '/fr/ancienne-page',
      '/fr/latin1',
      '/boucle-a',
    ]),
  });
  site.route('/sitemaps/documents.xml', { type: 'application/xml', body: urls(['/docs/rapport-2023.pdf', '/docs/note.docx']) });
  const hreflang = `<link rel="alternate" hreflang="fr" href="/fr/mission"><link rel="alternate" hreflang="en" href="/en/mission">`;
  site.route('/fr/mission', {
    body: page({
      title: 'Notre mission',
      head: `${hreflang}<meta property="article:published_time" content="2023-11-20">`,
      nav: ['/fr/mission', '/fr/actualites'],
      body: paragraphs(
        'L’organisation du site de test accompagne les personnes en déplacement et conseille les autorités locales sur l’accueil.',
        'Elle publie chaque année un rapport sur ses programmes de retour volontaire et de réintégration durable.',
      ),
    }),
  });
  site.route('/en/mission', {
    body: page({
      title: 'Our mission',
      lang: 'en',
      head: hreflang,
      body: paragraphs(
        'The test site organisation supports people on the move and advises local authorities on reception.',
        'It publishes a yearly report on its voluntary return and sustainable reintegration programmes.',
      ),
    }),
  });
  site.route('/fr/mission/imprimer', {
    body: page({
      title: 'Notre mission (version imprimable)',
      head: `<link rel="canonical" href="${site.url('/fr/mission')}">`,
      body: paragraphs(
        'L’organisation du site de test accompagne les personnes en déplacement et conseille les autorités locales sur l’accueil.',
      ),
    }),
  });
  site.redirect('/ancien-chemin', '/fr/actualites');
  site.route('/fr/actualites', { body: page({ title: 'Actualités', body: NEWS_V1 }) });
  site.route('/private/interne', { body: page({ title: 'Interne', body: paragraphs('Une page que robots.txt interdit de lire.') }) });
  site.route('/fr/ancienne-page', {
    body: page({
      title: 'Ancienne campagne',
      body: paragraphs('La campagne de sensibilisation de l’an dernier a réuni des bénévoles dans douze villes côtières.'),
    }),
  });
  const latin1 = page({
    title: 'Réintégration',
    body: paragraphs(
      'Le retour volontaire s’accompagne d’une aide à la réintégration économique et sociale, gérée par des équipes régionales.',
    ),
  })
    .replace('<meta charset="utf-8">', '')
    .replace(/’/g, "'");
  site.route('/fr/latin1', { type: 'text/html; charset=ISO-8859-1', body: Buffer.from(latin1, 'latin1') });
  site.redirect('/boucle-a', '/boucle-b', 302);
  site.redirect('/boucle-b', '/boucle-a', 302);
  site.route('/docs/rapport-2023.pdf', { type: 'application/pdf', body: pdf });
  site.route('/docs/note.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', body: docx });
}

const HEADER = 'Rapport annuel 2023 du site de test';

beforeAll(async () => {
  await site.start();
  const pdf = await makePdf({
    title: 'Rapport annuel 2023',
    created: new Date('2024-02-15T09:00:00Z'),
    header: HEADER,
    footer: 'Page {n} sur 3',
    pages: [
      { heading: 'Introduction', paragraphs: [['Ce rapport présente les activités de l’année écoulée dans les bureaux régionaux.']] },
      {
        heading: 'Retour volontaire',
        paragraphs: [
          [
            'Le programme de retour volontaire a accompagné 4 200 personnes en 2023,',
            'avec une aide à la réinté-',
            'gration versée dans les six mois suivant leur arrivée.',
          ],
        ],
      },
      { heading: 'Perspectives', paragraphs: [['Les bureaux régionaux renforceront leurs partenariats avec les municipalités.']] },
    ],
  });
  const docx = await makeDocx({
    title: 'Note de synthèse',
    sections: [
      {
        heading: 'Santé des migrants',
        paragraphs: ['Les cliniques mobiles ont assuré des consultations gratuites dans les zones rurales isolées.'],
      },
    ],
  });
  buildSite(pdf, docx);
});

afterAll(async () => {
  await site.stop();
  ws.cleanup();
});

describe.sequential('crawling the test site', () => {
  let firstBuildChunks = 0;

  it('stores exactly the allowed canonical pages, obeying robots.txt and naming each failure', async () => {
    const summary = await run();
    const stored = ['/fr/mission', '/en/mission', '/fr/actualites', '/fr/ancienne-page', '/fr/latin1'].map((p) => fileOf(p));
    stored.push(fileOf('/docs/rapport-2023.pdf', 'pdf'), fileOf('/docs/note.docx', 'docx'));
    for (const file of stored) expect(existsSync(file), file).toBe(true);
    for (const absent of ['/private/interne', '/fr/mission/imprimer', '/ancien-chemin', '/boucle-a'])
      expect(existsSync(fileOf(absent))).toBe(false);
    expect(summary.new).toBe(7);
    expect(summary.duplicates).toBeGreaterThanOrEqual(1);
    expect(site.log.some((r) => r.path.startsWith('/private/'))).toBe(false);
    expect(summary.skipped).toContainEqual({ url: site.url('/private/interne'), reason: 'disallowed by robots.txt' });
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0].reason).toMatch(/redirect loop/);
    expect(site.log.every((r) => r.userAgent === 'OIM-test-crawler/1.0 (+https://contact.example/crawler)')).toBe(true);
  });

  it('records canonical URL, language, dates, validators and the hreflang pair in the sidecars', () => {
    const fr = sidecarOf('/fr/mission');
    expect(fr).toMatchObject({ url: site.url('/fr/mission'), title: 'Notre mission', language: 'fr', published: '2023-11-20' });
    expect(fr.etag).toMatch(/^"/);
    expect(Date.parse(fr.fetched)).not.toBeNaN();
    expect(fr.alternates).toEqual({ fr: site.url('/fr/mission'), en: site.url('/en/mission') });
    expect(sidecarOf('/en/mission')).toMatchObject({ language: 'en', alternates: { fr: site.url('/fr/mission') } });
    expect(sidecarOf('/fr/actualites').url).toBe(site.url('/fr/actualites'));
    expect(sidecarOf('/docs/rapport-2023.pdf', 'pdf')).toMatchObject({
      title: 'Rapport annuel 2023',
      published: '2024-02-15T09:00:00Z',
      pages: 3,
    });
  });

  it('decodes the Latin-1 page by its HTTP charset', () => {
    const html = readFileSync(fileOf('/fr/latin1'), 'utf8');
    expect(html).toContain('Réintégration');
    expect(html).toContain('réintégration économique');
    expect(html).not.toContain('\ufffd');
  });

  it('ingests pages, PDF pages and the Word file with their headings and page numbers', async () => {
    const result = await ingest({ config: config(), embedder: countingEmbedder() });
    expect(result.warnings).toEqual([]);
    const { chunks } = await loadIndex(ws.indexDir, { embedderId: result.embedderId, efSearch: 50 });
    firstBuildChunks = chunks.length;
    const pdfChunks = chunks.filter((c) => c.source.endsWith('.pdf'));
    expect(pdfChunks.map((c) => c.page).sort()).toEqual([1, 2, 3]);
    expect(pdfChunks.find((c) => c.page === 2)).toMatchObject({ heading: 'Retour volontaire', title: 'Rapport annuel 2023' });
    expect(pdfChunks.find((c) => c.page === 2)!.text).toContain('aide à la réintégration versée');
    const all = chunks.map((c) => c.text).join('\n');
    expect(all).not.toContain(HEADER);
    expect(all).not.toMatch(/Page \d sur 3/);
    expect(chunks.find((c) => c.source.endsWith('.docx'))).toMatchObject({ heading: 'Santé des migrants', title: 'Note de synthèse' });
    expect(chunks.find((c) => c.source.endsWith('fr/mission.html'))).toMatchObject({ url: site.url('/fr/mission'), language: 'fr' });
  });

  it('an answer drawn from the PDF cites its page', async () => {
    const { assistant } = await loadAssistant(config());
    const answer = await assistant.answer({ message: 'Combien de personnes le programme de retour volontaire a-t-il accompagnées ?' });
    const cited = answer.citations.find((c) => c.source.endsWith('.pdf'));
    expect(cited, JSON.stringify(answer)).toMatchObject({ page: 2, url: site.url('/docs/rapport-2023.pdf') });
  });

  it('a second crawl gets only 304s and writes nothing; the ingest after it embeds nothing', async () => {
    const since = site.log.length;
    const summary = await run();
    const pageRequests = site.requestsSince(since).filter((r) => !/robots|sitemap/.test(r.path) && ![301, 302].includes(r.status));
    expect(pageRequests.length).toBeGreaterThanOrEqual(7);
    expect(pageRequests.filter((r) => r.status !== 304)).toEqual([]);
    expect(summary).toMatchObject({ new: 0, changed: 0 });
    const embedder = countingEmbedder();
    const result = await ingest({ config: config(), embedder });
    expect(result.upToDate).toBe(true);
    expect(embedder.embeddings.embeddedTexts).toEqual([]);
  });

  it('a changed page is written again and only its new passages are embedded', async () => {
    site.route('/fr/actualites', { body: page({ title: 'Actualités', body: NEWS_V2 }) });
    site.route('/fr/ancienne-page', { status: 404, body: 'gone', etag: false });
    const summary = await run();
    expect(summary.changed).toBe(1);
    expect(summary.missing.map((m) => m.url)).toEqual([site.url('/fr/ancienne-page')]);
    expect(existsSync(fileOf('/fr/ancienne-page'))).toBe(true);
    const embedder = countingEmbedder();
    const result = await ingest({ config: config(), embedder });
    const { chunks } = await loadIndex(ws.indexDir, { embedderId: result.embedderId, efSearch: 50 });
    const news = chunks.filter((c) => c.source.endsWith('fr/actualites.html')).map((c) => c.text);
    expect(embedder.embeddings.embeddedTexts.length).toBeGreaterThan(0);
    for (const text of embedder.embeddings.embeddedTexts) expect(news).toContain(text);
    expect(embedder.embeddings.embeddedTexts.join(' ')).toContain('quatrième centre');
    expect(chunks.length).toBe(firstBuildChunks);
  });

  it('a page gone on two crawls leaves the corpus, and the next ingest drops its passages', async () => {
    const summary = await run();
    expect(summary.removed.map((m) => m.url)).toEqual([site.url('/fr/ancienne-page')]);
    expect(existsSync(fileOf('/fr/ancienne-page'))).toBe(false);
    const result = await ingest({ config: config(), embedder: countingEmbedder() });
    const { chunks } = await loadIndex(ws.indexDir, { embedderId: result.embedderId, efSearch: 50 });
    expect(chunks.some((c) => c.source.includes('ancienne-page'))).toBe(false);
    expect(chunks.some((c) => c.text.includes('campagne de sensibilisation'))).toBe(false);
  });
});
