// npm run bench:crawl [-- --pages N --concurrency C --pdf-pages P]
// The crawler against a site of ≥ 2,000 pages that the bench serves itself (in a worker thread, so
// the site does not share the crawler's thread), then the PDF reader on a long generated report.
// Baselines from the same run: the raw fetch rate of the same pages (GET + body, nothing else) and
// the raw pdfjs text extraction of the same PDF (no layout). Delay 0: this measures the machinery,
// not the politeness (CRAWL_DELAY_MS spaces requests on a real site).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadConfig } from '../../src/config.js';
import { readPdf } from '../../src/corpus/formats/pdf.js';
import { crawl, crawlOptions } from '../../src/sources/crawl.js';
import type { CrawlSummary } from '../../src/sources/summary.js';
import { parseCli, runCli } from '../lib/cli.js';
import { markdownTable } from './stats.js';
import { syntheticCorpus } from './syntheticCorpus.js';

const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;
const USAGE = 'npm run bench:crawl -- [--pages N] [--concurrency C] [--pdf-pages P]';
const PASSAGES_PER_PAGE = 3;

/** The site: robots.txt, a sitemap (naming the origin the request came to) and the pages, with ETags (304 on a match). */
const SITE_WORKER = `
const { createServer } = require('node:http');
const { createHash } = require('node:crypto');
const { parentPort, workerData } = require('node:worker_threads');
const tag = (body) => '"' + createHash('sha1').update(body).digest('hex').slice(0, 16) + '"';
const routes = new Map(workerData.routes.map(([p, type, body]) => [p, { type, body: Buffer.from(body), etag: tag(body) }]));
const server = createServer((req, res) => {
  if (req.url === '/sitemap.xml') {
    const origin = 'http://' + req.headers.host;
    const xml = '<?xml version="1.0"?><urlset>' + workerData.paths.map((p) => '<url><loc>' + origin + p + '</loc></url>').join('') + '</urlset>';
    return void res.writeHead(200, { 'content-type': 'application/xml' }).end(xml);
  }
  const route = routes.get(req.url);
  if (!route) return void res.writeHead(404).end();
  if (req.headers['if-none-match'] === route.etag) return void res.writeHead(304, { etag: route.etag }).end();
  res.writeHead(200, { 'content-type': route.type, 'content-length': route.body.length, etag: route.etag }).end(route.body);
});
server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', () => { server.closeAllConnections(); server.close(() => process.exit(0)); });
`;

function sitePages(count: number): Array<[string, string]> {
  const { chunks } = syntheticCorpus(count * PASSAGES_PER_PAGE, 0, 4242);
  const pages: Array<[string, string]> = [];
  for (let p = 0; p < count; p++) {
    const passages = chunks.slice(p * PASSAGES_PER_PAGE, (p + 1) * PASSAGES_PER_PAGE);
    const body = passages.map((c) => `<h2>${c.heading}</h2>\n<p>${c.text}</p>`).join('\n');
    const nav = [1, 2, 3].map((k) => `<li><a href="/pages/${(p + k) % count}">Page ${(p + k) % count}</a></li>`).join('');
    const html = [
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page ${p}</title></head>`,
      `<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>Page ${p}</h1>`,
      body,
      '</article></main><footer><p>Pied de page</p></footer></body></html>',
    ].join('\n');
    pages.push([`/pages/${p}`, html]);
  }
  return pages;
}

async function serveSite(pages: Array<[string, string]>): Promise<{ origin: string; stop: () => Promise<void> }> {
  const routes = [
    ...pages.map(([p, html]) => [p, 'text/html; charset=utf-8', html]),
    ['/robots.txt', 'text/plain', 'User-agent: *\nAllow: /\n'],
  ];
  const worker = new Worker(SITE_WORKER, { eval: true, workerData: { routes, paths: pages.map(([p]) => p) } });
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      worker.postMessage('stop');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

/** The baseline: the same pages fetched at the same concurrency, bodies read, nothing else done. */
async function rawFetch(origin: string, paths: string[], concurrency: number): Promise<number> {
  const queue = new PQueue({ concurrency });
  const started = performance.now();
  await Promise.all(paths.map((p) => queue.add(async () => (await fetch(`${origin}${p}`)).arrayBuffer())));
  return performance.now() - started;
}

async function timedCrawl(origin: string, concurrency: number, corpusDir: string): Promise<CrawlSummary> {
  const config = loadConfig({
    CORPUS_DIR: corpusDir,
    CRAWL_DELAY_MS: '0',
    CRAWL_CONCURRENCY: String(concurrency),
    CRAWL_MAX_PAGES: '1000000',
  });
  return crawl(crawlOptions(config, { start: `${origin}/sitemap.xml` }));
}

async function longPdf(pages: number): Promise<Uint8Array> {
  const { chunks } = syntheticCorpus(pages * 2, 0, 777);
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([595, 842]);
    page.drawText('Rapport de synthèse — banc d’essai', { x: 56, y: 810, size: 9, font });
    page.drawText(`Section ${p + 1}`, { x: 56, y: 760, size: 16, font });
    let y = 730;
    for (const chunk of chunks.slice(p * 2, p * 2 + 2)) {
      const words = chunk.text.replace(/[^\x20-\x7e\u00a0-\u00ff’—]/g, ' ').split(' ');
      let line = '';
      for (const word of words) {
        if ((line + word).length > 90) {
          page.drawText(line, { x: 56, y, size: 10, font });
          y -= 13;
          line = '';
        }
        line += `${word} `;
      }
      page.drawText(line, { x: 56, y, size: 10, font });
      y -= 26;
    }
    page.drawText(`${p + 1}`, { x: 290, y: 24, size: 9, font });
  }
  return pdf.save();
}

async function rawPdfText(bytes: Uint8Array): Promise<number> {
  const started = performance.now();
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getTextContent();
  await pdf.destroy();
  return performance.now() - started;
}

const loadAverage = () => os.loadavg()[0].toFixed(1);
const rate = (count: number, ms: number) => (count / (ms / 1000)).toFixed(0);
const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)} %`;

function stageRows(label: string, summary: CrawlSummary): string[] {
  const { fetchMs, extractMs, writeMs } = summary.timings;
  const busy = fetchMs + extractMs + writeMs;
  return [label, rate(summary.fetched, summary.timings.wallMs), share(fetchMs, busy), share(extractMs, busy), share(writeMs, busy)];
}

runCli(async () => {
  const { values } = parseCli({ pages: { type: 'string' }, concurrency: { type: 'string' }, 'pdf-pages': { type: 'string' } }, USAGE);
  const count = Math.max(2000, Number(values.pages ?? 2000));
  const concurrency = Number(values.concurrency ?? 4);
  const pdfPages = Number(values['pdf-pages'] ?? 200);
  const site = await serveSite(sitePages(count));
  const corpusDir = mkdtempSync(path.join(os.tmpdir(), 'oim-bench-crawl-'));
  try {
    const paths = Array.from({ length: count }, (_, i) => `/pages/${i}`);
    await rawFetch(site.origin, paths.slice(0, 100), concurrency); // warm-up: connections, JIT
    // Each crawl right after its own baseline, so both see the same machine load.
    const rawFirstMs = await rawFetch(site.origin, paths, concurrency);
    const first = await timedCrawl(site.origin, concurrency, corpusDir);
    const rawSecondMs = await rawFetch(site.origin, paths, concurrency);
    const second = await timedCrawl(site.origin, concurrency, corpusDir);
    if (first.new !== count || second.unchanged !== count)
      throw new Error(`crawl mismatch: ${first.new} new, ${second.unchanged} unchanged of ${count}`);
    console.log(`\n## Crawl: ${count} pages served locally, concurrency ${concurrency}, no delay (load average ${loadAverage()})\n`);
    console.log(
      markdownTable(
        ['run', 'pages/s', 'fetch', 'extraction', 'writing'],
        [
          ['baseline: raw GET of the same pages (body read, nothing else)', rate(count, rawFirstMs), '100 %', '–', '–'],
          stageRows('first crawl (every page new: extract + write)', first),
          ['baseline again, just before the second crawl', rate(count, rawSecondMs), '100 %', '–', '–'],
          stageRows('second crawl (every page 304: no body, no write)', second),
        ],
      ),
    );
    const bytes = await longPdf(pdfPages);
    await rawPdfText(bytes); // warm-up: pdfjs's modules and font data load once
    await readPdf(bytes);
    const rawPdfMs = await rawPdfText(bytes);
    const readStarted = performance.now();
    const read = await readPdf(bytes);
    const readMs = performance.now() - readStarted;
    console.log(`\n## PDF: a generated ${pdfPages}-page report (${(bytes.length / 1e6).toFixed(1)} MB, load average ${loadAverage()})\n`);
    console.log(
      markdownTable(
        ['reader', 'pages/s', 'ms'],
        [
          ['baseline: pdfjs text runs of every page, no layout', rate(pdfPages, rawPdfMs), rawPdfMs.toFixed(0)],
          [
            `readPdf: lines, headers dropped, headings, paragraphs, HTML (${read.html.length.toLocaleString('en-US')} chars)`,
            rate(pdfPages, readMs),
            readMs.toFixed(0),
          ],
        ],
      ),
    );
  } finally {
    await site.stop();
    rmSync(corpusDir, { recursive: true, force: true });
  }
});
