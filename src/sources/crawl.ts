// npm run crawl: keeps CORPUS_DIR in step with a website. Seeds come from a sitemap (or sitemap
// index) or from a start page whose same-site links are followed to a depth; robots.txt is obeyed,
// requests to the site are spaced by the larger of CRAWL_DELAY_MS and its Crawl-delay and at most
// CRAWL_CONCURRENCY run at once (p-queue); each URL is handled by visit.ts. Pages known from earlier
// crawls that were not reached this time are asked for again, so a page taken off the site is
// noticed (and removed once it is gone twice).
// The crawler writes the corpus in the corpus's own format (files + sidecars, read by corpus/), so it
// imports from corpus/ and never the other way round.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import lockfile from 'proper-lockfile';
import type { Config } from '../config.js';
import { CrawlError } from './errors.js';
import { loadRobots, type Robots } from './robots.js';
import { sitemapEntries } from './sitemap.js';
import { type CrawlState, loadState, saveState } from './store.js';
import { type CrawlSummary, emptySummary } from './summary.js';
import { type CrawlContext, visit } from './visit.js';

export { CrawlError } from './errors.js';

export interface CrawlProgress {
  done: number;
  total: number;
  url: string;
}

export interface CrawlOptions {
  /** A sitemap (or sitemap index) URL, or a start page whose links are followed. */
  start: string;
  corpusDir: string;
  /** Path prefixes to keep ('/fr/'), and to leave out; empty include keeps everything. */
  include?: string[];
  exclude?: string[];
  maxPages: number;
  /** Link-following depth from the start page (sitemaps list every page: no links are followed). */
  maxDepth: number;
  userAgent: string;
  concurrency: number;
  delayMs: number;
  timeoutMs: number;
  maxPageBytes: number;
  maxFileBytes: number;
  onProgress?: (progress: CrawlProgress) => void;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** Crawl options from configuration, with the command line's start URL, filters and limits over them. */
export function crawlOptions(config: Config, overrides: Partial<CrawlOptions> & { start: string }): CrawlOptions {
  const contact = config.CRAWL_CONTACT_URL ? ` (+${config.CRAWL_CONTACT_URL})` : '';
  return {
    corpusDir: config.CORPUS_DIR,
    maxPages: config.CRAWL_MAX_PAGES,
    maxDepth: config.CRAWL_MAX_DEPTH,
    userAgent: `${config.CRAWL_USER_AGENT}${contact}`,
    concurrency: config.CRAWL_CONCURRENCY,
    delayMs: config.CRAWL_DELAY_MS,
    timeoutMs: config.CRAWL_TIMEOUT_MS,
    maxPageBytes: config.CRAWL_MAX_PAGE_BYTES,
    maxFileBytes: config.CRAWL_MAX_FILE_BYTES,
    ...overrides,
  };
}

const isSitemapUrl = (url: URL) => /\.xml(\.gz)?$/i.test(url.pathname) || /sitemap/i.test(url.pathname);

function startUrl(start: string): URL {
  try {
    const url = new URL(start);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // reported below
  }
  throw new CrawlError(`"${start}" is not an http(s) URL: give a sitemap URL or a start page, e.g. https://www.example.org/sitemap.xml`);
}

async function lockCorpus(corpusDir: string): Promise<() => Promise<void>> {
  await mkdir(corpusDir, { recursive: true });
  try {
    return await lockfile.lock(corpusDir, {
      lockfilePath: path.join(corpusDir, '.crawl.lock'),
      realpath: false,
      stale: 30_000,
      update: 10_000,
      retries: 0,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED')
      throw new CrawlError(`Another crawl is writing to ${corpusDir}: wait for it to finish, then run again.`);
    throw error;
  }
}

/** Visits between two saves of the crawl state: an interrupted crawl loses at most this many pages' validators. */
const SAVE_EVERY = 100;

class Crawl {
  readonly summary = emptySummary();
  private readonly queue: PQueue;
  private readonly requested = new Set<string>();
  private readonly skippedUrls = new Set<string>();
  private readonly ctx: CrawlContext;
  private readonly origin: string;
  private scheduled = 0;
  private done = 0;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: CrawlOptions,
    private readonly state: CrawlState,
    private readonly robots: Robots,
    start: URL,
  ) {
    this.origin = start.origin;
    const delay = Math.max(options.delayMs, robots.crawlDelayMs ?? 0);
    this.queue = new PQueue(
      delay > 0 ? { concurrency: options.concurrency, interval: delay, intervalCap: 1 } : { concurrency: options.concurrency },
    );
    const owners = new Map(Object.entries(state.pages).flatMap(([url, page]) => (page.file ? [[page.file, url] as [string, string]] : [])));
    this.ctx = {
      ...options,
      state,
      summary: this.summary,
      refusal: (url) => this.refusal(url),
      discover: (url, depth) => this.discover(url, depth),
      followsLinksAt: (depth) => !isSitemapUrl(start) && depth < options.maxDepth,
      answered: new Set(),
      claimed: new Set(),
      owners,
      now: options.now ?? (() => new Date()),
    };
  }

  /** Why a URL may not be fetched at all: another site, or robots.txt. */
  refusal(url: string): string | null {
    if (new URL(url).origin !== this.origin) return 'off-site';
    return this.robots.isAllowed(url) ? null : 'disallowed by robots.txt';
  }

  /** Why a URL is not part of this crawl: refused, or outside the --include / --exclude paths. */
  private outOfScope(url: string): string | null {
    const refusal = this.refusal(url);
    if (refusal) return refusal;
    const { pathname } = new URL(url);
    const { include = [], exclude = [] } = this.options;
    if (include.length && !include.some((prefix) => pathname.startsWith(prefix))) return 'outside --include';
    if (exclude.some((prefix) => pathname.startsWith(prefix))) return 'excluded by --exclude';
    return null;
  }

  discover(found: string, depth: number, lastmod?: string, counted = true): void {
    let url: string;
    try {
      url = new URL(found).href.replace(/#.*$/, '');
    } catch {
      return;
    }
    if (this.requested.has(url)) return;
    const reason = this.outOfScope(url);
    if (reason) {
      // Links to other sites are not news; a page of this site left out is.
      if (reason !== 'off-site' && !this.skippedUrls.has(url)) this.summary.skipped.push({ url, reason });
      this.skippedUrls.add(url);
      return;
    }
    if (counted && this.scheduled >= this.options.maxPages) {
      this.summary.truncated ??= `--max-pages ${this.options.maxPages} reached: the other pages were not requested`;
      return;
    }
    this.requested.add(url);
    this.scheduled++;
    this.queue.add(async () => {
      await visit(this.ctx, url, depth, lastmod);
      this.done++;
      this.options.onProgress?.({ done: this.done, total: this.scheduled, url });
      if (this.done % SAVE_EVERY === 0) this.save();
    });
  }

  save(): Promise<void> {
    this.saving = this.saving.then(() => saveState(this.options.corpusDir, this.state));
    return this.saving;
  }

  async fromSitemap(url: string): Promise<void> {
    const request = { userAgent: this.options.userAgent, timeoutMs: this.options.timeoutMs, fetch: this.options.fetch };
    for await (const entry of sitemapEntries(url, request, (p) => this.summary.failed.push({ url: p.url, reason: p.reason }))) {
      if (this.summary.truncated) break;
      this.discover(entry.loc, 0, entry.lastmod);
      // Bounded memory on a 50,000-URL sitemap: pull entries only as fast as pages are fetched.
      await this.queue.onSizeLessThan(this.options.concurrency * 4);
    }
  }

  /** Pages stored by earlier crawls and not reached this time: asked again, so removals are noticed. */
  recheckUnreached(): void {
    if (this.summary.truncated) return;
    for (const url of Object.keys(this.state.pages)) {
      if (!this.ctx.answered.has(url) && !this.requested.has(url)) this.discover(url, Number.POSITIVE_INFINITY, undefined, false);
    }
  }

  async run(start: URL): Promise<CrawlSummary> {
    const started = performance.now();
    if (isSitemapUrl(start)) await this.fromSitemap(start.href);
    else this.discover(start.href, 0);
    await this.queue.onIdle();
    this.recheckUnreached();
    await this.queue.onIdle();
    await this.save();
    this.summary.timings.wallMs = performance.now() - started;
    return this.summary;
  }
}

/** Crawl a site into the corpus folder; never throws for a page (failures are in the summary). */
export async function crawl(options: CrawlOptions): Promise<CrawlSummary> {
  const start = startUrl(options.start);
  const release = await lockCorpus(options.corpusDir);
  try {
    const request = { userAgent: options.userAgent, timeoutMs: options.timeoutMs, fetch: options.fetch };
    const robots = await loadRobots(start.origin, request);
    if (robots.unavailable) {
      const summary = emptySummary();
      summary.failed.push({ url: new URL('/robots.txt', start).href, reason: `${robots.unavailable}: nothing was crawled` });
      return summary;
    }
    return await new Crawl(options, await loadState(options.corpusDir), robots, start).run(start);
  } finally {
    await release();
  }
}
