// An HTML page → its main content and what it says about itself. The page is parsed with linkedom;
// what a visitor cannot see is removed first (the corpus's own hidden-text rules); the main content
// is found by @mozilla/readability (Firefox's reader view) rather than by rules of our own, and
// written back as a small HTML document whose headings the corpus reader keeps.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { hiddenByAttributes, hidingSelectors } from '../corpus/formats/hidden.js';

export interface ExtractedPage {
  /** The main content as a standalone UTF-8 HTML document: what the corpus file holds. */
  html: string;
  title?: string;
  /** ISO 639-1 code ('fr', 'en'), from <html lang> or Content-Language. */
  language?: string;
  published?: string;
  updated?: string;
  /** The absolute rel=canonical URL, when the page gives one. */
  canonical?: string;
  /** hreflang → absolute URL of the same page in that language. */
  alternates: Record<string, string>;
  /** Absolute links of the visible page (rel=nofollow ones left out), fragments removed. */
  links: string[];
  /** <meta name="robots"> says noindex / nofollow. */
  noindex: boolean;
  nofollow: boolean;
}

/** Meta tags that date a page, by what they date; the first present wins. */
const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'dcterms.created',
  'dc.date.created',
  'dc.date',
  'date',
  'pubdate',
  'publish-date',
];
const UPDATED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified'];

type Doc = ReturnType<typeof parseHTML>['document'];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A date as ISO 8601, or undefined when it is not one. An ISO date or date-time stays as written (its
 * own time zone keeps its day: 00:30+01:00 is still that day); other forms become UTC date-times.
 */
export function isoDate(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) &&
    !Number.isNaN(Date.parse(v.slice(0, 10)))
  )
    return v;
  const time = Date.parse(v);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export const languageCode = (tag: string | null | undefined) => {
  const code = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : undefined;
};

function absolute(href: string | null, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function metaContent(document: Doc, names: string[]): string | undefined {
  const metas = [...document.querySelectorAll('meta')] as Element[];
  for (const name of names) {
    const meta = metas.find(
      (m) => (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'))?.toLowerCase() === name,
    );
    const value = isoDate(meta?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

/** datePublished / dateModified from the page's JSON-LD blocks (schema.org), when present. */
function jsonLdDates(document: Doc): { published?: string; updated?: string } {
  for (const script of [...document.querySelectorAll('script[type="application/ld+json"]')] as Element[]) {
    try {
      const data = JSON.parse(script.textContent ?? '');
      for (const item of [data, ...(Array.isArray(data?.['@graph']) ? data['@graph'] : [])].flat()) {
        const published = isoDate(item?.datePublished);
        const updated = isoDate(item?.dateModified);
        if (published || updated) return { published, updated };
      }
    } catch {
      // A broken JSON-LD block dates nothing.
    }
  }
  return {};
}

/** Removes from the body what a visitor does not see (hidden.ts), before anything reads its text. */
export function removeHidden(document: Doc): void {
  const css = ([...document.querySelectorAll('style')] as Element[]).map((s) => s.textContent ?? '').join('\n');
  for (const selector of hidingSelectors(css)) {
    try {
      for (const element of [...document.querySelectorAll(selector)] as Element[])
        if (element.localName !== 'html' && element.localName !== 'body') element.remove();
    } catch {
      // A selector the engine does not support hides nothing we can know of.
    }
  }
  for (const element of [...(document.body?.querySelectorAll('*') ?? [])] as Element[]) {
    const attributes = Object.fromEntries([...element.attributes].map((a) => [a.name.toLowerCase(), a.value]));
    if (hiddenByAttributes(element.localName, attributes)) element.remove();
  }
}

function headData(document: Doc, base: string) {
  const links = [...document.querySelectorAll('link[href]')] as Element[];
  const rel = (l: Element) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  const canonical = absolute(links.find((l) => rel(l).includes('canonical'))?.getAttribute('href') ?? null, base);
  const alternates: Record<string, string> = {};
  for (const link of links.filter((l) => rel(l).includes('alternate') && l.getAttribute('hreflang'))) {
    const href = absolute(link.getAttribute('href'), base);
    const lang = link.getAttribute('hreflang')!.trim().toLowerCase();
    if (href && lang) alternates[lang] = href;
  }
  const robots = (document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '').toLowerCase();
  const language =
    languageCode(document.documentElement?.getAttribute('lang')) ??
    languageCode(document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));
  const ld = jsonLdDates(document);
  return {
    canonical,
    alternates,
    noindex: /\b(noindex|none)\b/.test(robots),
    nofollow: /\b(nofollow|none)\b/.test(robots),
    language,
    published: metaContent(document, PUBLISHED_META) ?? ld.published,
    updated: metaContent(document, UPDATED_META) ?? ld.updated,
  };
}

function visibleLinks(document: Doc, base: string): string[] {
  const anchors = [...(document.body?.querySelectorAll('a[href]') ?? [])] as Element[];
  const links = anchors
    .filter((a) => !/\bnofollow\b/i.test(a.getAttribute('rel') ?? ''))
    .map((a) => absolute(a.getAttribute('href'), base));
  return [...new Set(links.filter((l): l is string => Boolean(l)))];
}

/** The page's main content and self-description; `url` is where it was fetched (for relative links). */
export function extractPage(text: string, url: string): ExtractedPage {
  const { document } = parseHTML(text);
  const base = absolute(document.querySelector('base[href]')?.getAttribute('href') ?? null, url) ?? url;
  const head = headData(document, base);
  const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  removeHidden(document);
  const links = visibleLinks(document, base);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const title = article?.title?.trim() || pageTitle || undefined;
  const content = article?.content?.trim() || document.body?.innerHTML || '';
  const language = head.language ?? languageCode(article?.lang);
  const html = [
    '<!doctype html>',
    `<html${language ? ` lang="${language}"` : ''}><head><meta charset="utf-8">${title ? `<title>${escapeHtml(title)}</title>` : ''}</head><body>`,
    title ? `<h1>${escapeHtml(title)}</h1>` : '',
    content,
    '</body></html>',
    '',
  ].join('\n');
  return {
    html,
    title,
    language,
    published: head.published ?? isoDate(article?.publishedTime),
    updated: head.updated,
    canonical: head.canonical,
    alternates: head.alternates,
    links,
    noindex: head.noindex,
    nofollow: head.nofollow,
  };
}
