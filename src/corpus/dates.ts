// Dates of a document. Natural-language dates (a news release's dateline "GENÈVE, 12 mars 2019 –",
// "Geneva, 4 June 2022 —", a "Publié le…" line) are read by chrono-node in the document's
// language; what is hand-written here is only where a dateline stands and what an address with a
// date looks like.
import * as chrono from 'chrono-node';
import type { ChunkMetadata } from '../types.js';

export type DateKind = NonNullable<ChunkMetadata['dateKind']>;

export interface DocumentDate {
  /** ISO 8601 calendar date, 'YYYY-MM-DD', or 'YYYY-MM' when the source gives only a month (an address /2019/05/). */
  date: string;
  kind: DateKind;
}

type Parser = { parse: typeof chrono.parse };
const PARSERS: Record<string, Parser> = {
  fr: chrono.fr,
  en: chrono.en,
  es: chrono.es,
  de: chrono.de,
  it: chrono.it,
  pt: chrono.pt,
  nl: chrono.nl,
};
const FALLBACK_ORDER = ['fr', 'en', 'es'];

/** The document's language first, then the organisation's three (a French page may quote an English release). */
function parsersFor(language: string | undefined): Parser[] {
  const order = [...new Set([language ?? '', ...FALLBACK_ORDER])];
  return order.filter((l) => PARSERS[l]).map((l) => PARSERS[l]);
}

const pad = (n: number) => String(n).padStart(2, '0');
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s].*)?$/;

/** A date written as ISO 8601 (whole or reduced to month or year), kept at the precision written. */
export function isoDate(value: string): string | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, year, month, day] = m;
  if (month && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day && (Number(day) < 1 || Number(day) > 31)) return null;
  return [year, month, day].filter(Boolean).join('-');
}

interface FoundDate {
  iso: string;
  /** Where the date starts and ends in the text. */
  start: number;
  end: number;
}

/** A full date writes its year in four digits: text without one is not handed to the parsers (they are slow). */
const YEAR = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)/;

/** The first full date (day, month and year all written) in a text, read in the given language first. */
function fullDate(text: string, language: string | undefined): FoundDate | null {
  if (!YEAR.test(text)) return null;
  for (const parser of parsersFor(language)) {
    for (const result of parser.parse(text, new Date(2000, 0, 1))) {
      const { start } = result;
      if (!(start.isCertain('year') && start.isCertain('month') && start.isCertain('day'))) continue;
      const iso = `${start.get('year')}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
      return { iso, start: result.index, end: result.index + result.text.length };
    }
  }
  return null;
}

/** A date in any written form (ISO first, else natural language), or null. */
export function parseDate(value: string, language?: string): string | null {
  return isoDate(value) ?? fullDate(value, language)?.iso ?? null;
}

/** A dateline's place: "GENÈVE,", "Dakar (Sénégal), le", "Geneva, on" — a capitalised name, a comma, an article. */
const PLACE_LEAD = /^\p{Lu}[^,.!?;:]{0,48},(?:\s*(?:le|the|on|el))?$/iu;

/**
 * Labels that say the date after them dates the page ("Publié le", "Last updated:"), by language;
 * a date under any other label (when the page was printed, an event's date) does not.
 */
export const DATE_LABELS: { pattern: RegExp; kind: 'dateline' | 'updated'; why: string }[] = [
  {
    pattern:
      /^(?:publié|mis en ligne|date de publication|published|posted|publication date|publicado|fecha de publicación|date|fecha)(?:\s+(?:le|on|el))?\s*:?$/iu,
    kind: 'dateline',
    why: 'the page says when it was published',
  },
  {
    pattern: /^(?:mis à jour|dernière mise à jour|updated|last updated|actualizado|última actualización)(?:\s+(?:le|on|el))?\s*:?$/iu,
    kind: 'updated',
    why: 'the page says when it was last changed',
  },
];

/** What follows a dateline's date: a dash before the text, or nothing (a date on its own line). */
const DATELINE_TAIL = /^\s*(?:[–—―-]|\||$)/u;

export interface WrittenDate {
  date: string;
  kind: 'dateline' | 'updated';
}

/** The dateline of a news release, or a labelled publication or update date, if this line opens with one. */
export function datelineOf(line: string, language?: string): WrittenDate | null {
  const year = YEAR.exec(line);
  if (!year || year.index > 100) return null;
  // The date ends with its year: chrono reads only what comes before (it is slow on long lines).
  const head = line.slice(0, year.index + year[0].length);
  const found = fullDate(head, language);
  if (!found || found.end !== head.length || !DATELINE_TAIL.test(line.slice(found.end))) return null;
  const lead = head.slice(0, found.start).trim();
  if (!lead || PLACE_LEAD.test(lead)) return { date: found.iso, kind: 'dateline' };
  const label = DATE_LABELS.find((l) => l.pattern.test(lead));
  return label ? { date: found.iso, kind: label.kind } : null;
}

/** An address that carries its date: /2019/05/12/…, /2019/05/…, or …2019-05-12… in the path. */
export function urlDate(url: string | undefined): string | null {
  if (!url) return null;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    pathname = url;
  }
  const slashed = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?:\/(0[1-9]|[12]\d|3[01]))?(?=\/|$)/.exec(pathname);
  if (slashed) return slashed.slice(1).filter(Boolean).join('-');
  const dashed = /(?:^|[^\d])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/.exec(pathname);
  return dashed ? dashed.slice(1).join('-') : null;
}

export interface DateEvidence {
  sidecar: { published?: string | null; updated?: string | null };
  html?: { published?: string; updated?: string };
  /** The first lines of the document's own text (menus left out), where a dateline stands. */
  openingLines: string[];
  url?: string;
  language?: string;
}

/**
 * The document's date, by how much each source can be trusted to date the text: what the corpus
 * author declared, then what the page declares as its publication, then the dateline the text
 * itself opens with, then a modification date (sites touch pages without changing their figures),
 * then the address.
 */
export function documentDate(evidence: DateEvidence): DocumentDate | null {
  const { sidecar, html, language } = evidence;
  const written = firstDateline(evidence.openingLines, language);
  const parsed = (value: string | null | undefined) => (value ? parseDate(value, language) : null);
  const candidates: [string | null, DateKind][] = [
    [parsed(sidecar.published), 'published'],
    [parsed(sidecar.updated), 'updated'],
    [parsed(html?.published), 'published'],
    [written?.kind === 'dateline' ? written.date : null, 'dateline'],
    [parsed(html?.updated), 'updated'],
    [written?.kind === 'updated' ? written.date : null, 'updated'],
    [urlDate(evidence.url), 'url'],
  ];
  const found = candidates.find(([date]) => date);
  return found ? { date: found[0]!, kind: found[1] } : null;
}

function firstDateline(lines: string[], language: string | undefined): WrittenDate | null {
  for (const line of lines) {
    const found = datelineOf(line, language);
    if (found) return found;
  }
  return null;
}
