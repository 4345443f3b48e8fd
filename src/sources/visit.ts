// One URL of a crawl: a conditional GET, then what its answer means for the corpus. A 304 writes
// nothing; a page gone twice (404/410 on two crawls) is removed; a page naming another as canonical
// is stored once, under the canonical URL; a 200 whose content is already stored writes nothing.
import { sha256 } from '../corpus/load.js';
import { prepareDocument, type Prepared } from './documents.js';
import { type FetchOutcome, fetchResource } from './http.js';
import { type CrawlState, type DocumentKind, documentPath, type PageState, removeDocument, writeDocument } from './store.js';
import type { CrawlSummary } from './summary.js';

/** Links kept per page in the state (for 304 pages in link-following mode): bounds the state file. */
const MAX_LINKS_KEPT = 500;

/** What a visit needs from the crawl running it. */
export interface CrawlContext {
  corpusDir: string;
  state: CrawlState;
  summary: CrawlSummary;
  userAgent: string;
  timeoutMs: number;
  maxPageBytes: number;
  maxFileBytes: number;
  /** Why a URL may not be requested (off-site, robots.txt), or null. */
  refusal(url: string): string | null;
  /** Queue a URL found on a page (a link, a canonical or an alternate). */
  discover(url: string, depth: number): void;
  /** Follow links from pages at this depth? */
  followsLinksAt(depth: number): boolean;
  /** State keys answered during this crawl (the others are checked at the end). */
  answered: Set<string>;
  /** Documents stored during this crawl, so two URLs of one page are stored once. */
  claimed: Set<string>;
  /** Corpus files owned by a URL, so two URLs never share a file. */
  owners: Map<string, string>;
  now(): Date;
  fetch?: typeof fetch;
}

const isDocumentType = (type: string) => type === 'application/pdf' || type.startsWith('application/vnd.openxmlformats');

function request(ctx: CrawlContext, url: string) {
  return fetchResource({
    url,
    userAgent: ctx.userAgent,
    timeoutMs: ctx.timeoutMs,
    maxBytes: (type) => (isDocumentType(type) ? ctx.maxFileBytes : ctx.maxPageBytes),
    validators: (u) => ctx.state.pages[u],
    refuse: (u) => ctx.refusal(u),
    fetch: ctx.fetch,
  });
}

function followLinks(ctx: CrawlContext, record: PageState, depth: number): void {
  if (!ctx.followsLinksAt(depth)) return;
  for (const link of record.links ?? []) ctx.discover(link, depth + 1);
}

async function forget(ctx: CrawlContext, record: PageState): Promise<void> {
  if (!record.file) return;
  await removeDocument(ctx.corpusDir, record.file);
  ctx.owners.delete(record.file);
  delete record.file;
  delete record.sha256;
}

async function onGone(ctx: CrawlContext, url: string, status: number): Promise<void> {
  const record = ctx.state.pages[url];
  if (!record) {
    ctx.summary.failed.push({ url, reason: `HTTP ${status}` });
    return;
  }
  ctx.answered.add(url);
  record.misses = (record.misses ?? 0) + 1;
  if (record.misses < 2) {
    ctx.summary.missing.push({ url, reason: `HTTP ${status}: kept until it is missing at the next crawl too` });
    return;
  }
  await forget(ctx, record);
  delete ctx.state.pages[url];
  ctx.summary.removed.push({ url, reason: `HTTP ${status} on two crawls` });
}

/** The file a document goes to: its own path, unless another URL already owns that path. */
function fileFor(ctx: CrawlContext, url: string, kind: DocumentKind): string {
  const wanted = documentPath(url, kind);
  const owner = ctx.owners.get(wanted);
  return !owner || owner === url ? wanted : documentPath(`${url}${url.includes('?') ? '&' : '?'}_=${sha256(url).slice(0, 8)}`, kind);
}

async function store(ctx: CrawlContext, url: string, record: PageState, prepared: Prepared, fetchedAt: string): Promise<void> {
  const file = fileFor(ctx, url, prepared.docKind);
  const hash = sha256(prepared.data);
  if (record.file === file && record.sha256 === hash) {
    ctx.summary.unchanged++;
    return;
  }
  const started = performance.now();
  if (record.file && record.file !== file) await forget(ctx, record);
  const existed = Boolean(record.file);
  const { metadata } = prepared;
  await writeDocument(ctx.corpusDir, file, prepared.data, {
    url,
    ...(prepared.canonical ? { canonical: prepared.canonical } : {}),
    ...Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined)),
    fetched: fetchedAt,
    etag: record.etag ?? null,
    lastModified: record.lastModified ?? null,
  });
  ctx.summary.timings.writeMs += performance.now() - started;
  Object.assign(record, { file, sha256: hash });
  ctx.owners.set(file, url);
  if (existed) ctx.summary.changed++;
  else ctx.summary.new++;
}

async function onOk(ctx: CrawlContext, outcome: Extract<FetchOutcome, { kind: 'ok' }>, depth: number, lastmod?: string): Promise<void> {
  const { url } = outcome;
  const started = performance.now();
  const prepared = await prepareDocument(outcome);
  ctx.summary.timings.extractMs += performance.now() - started;
  const fetchedAt = ctx.now().toISOString();
  ctx.state.pages[url] ??= {};
  const record = ctx.state.pages[url];
  Object.assign(record, { etag: outcome.etag, lastModified: outcome.lastModified, misses: 0, fetched: fetchedAt });
  if (lastmod) record.lastmod = lastmod;
  ctx.answered.add(url);
  if (prepared.kind === 'fail') {
    ctx.summary.failed.push({ url, reason: prepared.reason });
    return;
  }
  if (ctx.followsLinksAt(depth)) record.links = prepared.links.slice(0, MAX_LINKS_KEPT);
  else delete record.links;
  followLinks(ctx, record, depth);
  if (prepared.kind === 'skip') {
    await forget(ctx, record);
    ctx.summary.skipped.push({ url, reason: prepared.reason });
    return;
  }
  const canonical = prepared.canonical;
  if (canonical && canonical !== url && !ctx.refusal(canonical)) {
    // A copy: the canonical URL is the document (fetched in its own right).
    await forget(ctx, record);
    record.canonical = canonical;
    ctx.summary.duplicates++;
    ctx.discover(canonical, depth);
    return;
  }
  delete record.canonical;
  if (ctx.claimed.has(url)) {
    ctx.summary.duplicates++;
    return;
  }
  ctx.claimed.add(url);
  for (const alternate of Object.values(prepared.metadata.alternates ?? {})) ctx.discover(alternate, depth);
  for (const reason of prepared.warnings) ctx.summary.warnings.push({ url, reason });
  if (prepared.metadata.pages) ctx.summary.pdfPages += prepared.metadata.pages;
  await store(ctx, url, record, prepared, fetchedAt);
}

/** Request one URL and bring the corpus in line with the answer. */
export async function visit(ctx: CrawlContext, url: string, depth: number, lastmod?: string): Promise<void> {
  ctx.summary.fetched++;
  const started = performance.now();
  const outcome = await request(ctx, url);
  ctx.summary.timings.fetchMs += performance.now() - started;
  if (outcome.kind === 'not-modified') {
    ctx.state.pages[outcome.url] ??= {};
    const record = ctx.state.pages[outcome.url];
    record.misses = 0;
    ctx.answered.add(outcome.url);
    if (record.canonical) {
      ctx.summary.duplicates++;
      ctx.discover(record.canonical, depth);
    } else {
      ctx.claimed.add(outcome.url);
      ctx.summary.unchanged++;
    }
    followLinks(ctx, record, depth);
    return;
  }
  if (outcome.kind === 'gone') return onGone(ctx, outcome.url, outcome.status);
  if (outcome.kind === 'failed') {
    // What is stored stays: a failure is not a removal.
    ctx.answered.add(url);
    ctx.summary.failed.push({ url, reason: outcome.reason });
    return;
  }
  return onOk(ctx, outcome, depth, lastmod);
}
