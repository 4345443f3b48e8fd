// Sitemaps and sitemap indexes (sitemaps.org protocol), gzipped or not, read with htmlparser2's
// streaming XML mode. Bounded as the protocol bounds them: 50,000 URLs and 50 MB per file, and
// nested indexes followed once each, to a depth of 3; the caller stops pulling when it has enough.
import { Parser } from 'htmlparser2';
import { gunzipSync } from 'node:zlib';
import { fetchResource, type FetchRequest } from './http.js';

/** The sitemaps.org limits for one file. */
export const MAX_SITEMAP_URLS = 50_000;
export const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;
const MAX_INDEX_DEPTH = 3;

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

interface ParsedSitemap {
  pages: SitemapEntry[];
  sitemaps: string[];
  truncated: boolean;
}

export function parseSitemap(xml: Uint8Array | string): ParsedSitemap {
  const result: ParsedSitemap = { pages: [], sitemaps: [], truncated: false };
  let inUrl = false;
  let inSitemap = false;
  let field: 'loc' | 'lastmod' | null = null;
  let entry: SitemapEntry = { loc: '' };
  const parser = new Parser(
    {
      onopentag(name) {
        const local = name.replace(/^.*:/, '').toLowerCase();
        if (local === 'url') inUrl = true;
        else if (local === 'sitemap') inSitemap = true;
        if ((inUrl || inSitemap) && (local === 'loc' || local === 'lastmod')) field = local;
        if (local === 'url' || local === 'sitemap') entry = { loc: '' };
      },
      ontext(text) {
        if (field === 'loc') entry.loc += text;
        else if (field === 'lastmod') entry.lastmod = (entry.lastmod ?? '') + text;
      },
      onclosetag(name) {
        const local = name.replace(/^.*:/, '').toLowerCase();
        if (local === 'loc' || local === 'lastmod') field = null;
        if (local !== 'url' && local !== 'sitemap') return;
        const loc = entry.loc.trim();
        const lastmod = entry.lastmod?.trim();
        if (loc && local === 'sitemap' && inSitemap) result.sitemaps.push(loc);
        else if (loc && local === 'url' && inUrl) {
          if (result.pages.length < MAX_SITEMAP_URLS) result.pages.push(lastmod ? { loc, lastmod } : { loc });
          else result.truncated = true;
        }
        inUrl = inSitemap = false;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(typeof xml === 'string' ? xml : new TextDecoder().decode(xml));
  parser.end();
  return result;
}

export interface SitemapProblem {
  url: string;
  reason: string;
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Page entries of a sitemap or sitemap index, one file at a time (a 50,000-URL sitemap is one file:
 * the caller's loop stops pulling once it has --max-pages). Problems are reported, not thrown.
 */
export async function* sitemapEntries(
  url: string,
  request: Omit<FetchRequest, 'url' | 'maxBytes'>,
  onProblem: (problem: SitemapProblem) => void,
): AsyncGenerator<SitemapEntry> {
  const seen = new Set<string>();
  async function* read(sitemapUrl: string, depth: number): AsyncGenerator<SitemapEntry> {
    if (seen.has(sitemapUrl)) return;
    seen.add(sitemapUrl);
    const outcome = await fetchResource({
      ...request,
      url: sitemapUrl,
      maxBytes: () => MAX_SITEMAP_BYTES,
      accept: 'application/xml,text/xml,*/*;q=0.5',
    });
    if (outcome.kind !== 'ok') {
      const reason = outcome.kind === 'failed' ? outcome.reason : outcome.kind === 'gone' ? `HTTP ${outcome.status}` : 'not modified';
      onProblem({ url: sitemapUrl, reason: `sitemap not read: ${reason}` });
      return;
    }
    let parsed: ParsedSitemap;
    try {
      const bytes = isGzip(outcome.bytes) ? gunzipSync(outcome.bytes, { maxOutputLength: MAX_SITEMAP_BYTES }) : outcome.bytes;
      parsed = parseSitemap(bytes);
    } catch (error) {
      onProblem({ url: sitemapUrl, reason: `sitemap not read: ${(error as Error).message}` });
      return;
    }
    if (parsed.truncated)
      onProblem({
        url: sitemapUrl,
        reason: `sitemap lists more than ${MAX_SITEMAP_URLS} URLs (the protocol's limit): the rest was ignored`,
      });
    if (!parsed.pages.length && !parsed.sitemaps.length) onProblem({ url: sitemapUrl, reason: 'sitemap lists no URL (is it a sitemap?)' });
    yield* parsed.pages;
    for (const nested of parsed.sitemaps) {
      if (depth >= MAX_INDEX_DEPTH) onProblem({ url: nested, reason: `sitemap index nested deeper than ${MAX_INDEX_DEPTH}: not read` });
      else yield* read(new URL(nested, sitemapUrl).href, depth + 1);
    }
  }
  yield* read(url, 1);
}
