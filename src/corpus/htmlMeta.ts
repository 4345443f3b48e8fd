// What an HTML page says about itself in its markup, apart from its text: language, dates, address,
// and the addresses of the same page in other languages. Read separately from the text
// (sourceLines.ts) so that how text is extracted can change without touching this.
import { Parser } from 'htmlparser2';

export interface HtmlMeta {
  /** <html lang>. */
  lang?: string;
  /** Publication and modification dates as written in <meta> tags (parsed later). */
  published?: string;
  updated?: string;
  /** <link rel="canonical">, else og:url. */
  url?: string;
  /** <link rel="alternate" hreflang> — the same page in other languages, resolved against the page's address. */
  alternates: { language: string; href: string }[];
  /** <title>, else og:title. */
  title?: string;
}

/** Meta names and properties that hold a page's publication date, most specific first. */
const PUBLISHED_META = [
  'article:published_time',
  'datepublished',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'dc.date.issued',
  'dc.date',
  'citation_publication_date',
  'publication_date',
  'date',
];
const UPDATED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

function firstOf(meta: Map<string, string>, names: string[]): string | undefined {
  for (const name of names) if (meta.get(name)) return meta.get(name);
  return undefined;
}

function resolve(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

export function readHtmlMeta(raw: string): HtmlMeta {
  const meta = new Map<string, string>();
  const links: { rel: string; href: string; hreflang?: string }[] = [];
  let lang: string | undefined;
  let title = '';
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes.lang) lang ??= attributes.lang;
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? attributes['http-equiv'])?.toLowerCase();
          if (key && attributes.content && !meta.has(key)) meta.set(key, attributes.content.trim());
        }
        if (name === 'link' && attributes.rel && attributes.href)
          links.push({ rel: attributes.rel.toLowerCase(), href: attributes.href, hreflang: attributes.hreflang });
        if (name === 'title') inTitle = true;
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
      },
    },
    { decodeEntities: true },
  );
  parser.write(raw);
  parser.end();
  const canonical = links.find((l) => l.rel.split(/\s+/).includes('canonical'))?.href ?? meta.get('og:url');
  const url = canonical ? resolve(canonical, undefined) : undefined;
  const alternates = links
    .filter((l) => l.rel.split(/\s+/).includes('alternate') && l.hreflang && l.hreflang.toLowerCase() !== 'x-default')
    .map((l) => ({ language: l.hreflang!, href: resolve(l.href, url) }));
  const result: HtmlMeta = { alternates };
  if (lang) result.lang = lang;
  const published = firstOf(meta, PUBLISHED_META);
  if (published) result.published = published;
  const updated = firstOf(meta, UPDATED_META);
  if (updated) result.updated = updated;
  if (url) result.url = url;
  const pageTitle = title.replace(/\s+/g, ' ').trim() || meta.get('og:title');
  if (pageTitle) result.title = pageTitle;
  return result;
}
