// What a crawl did, for the person who ran it: counts, and every failure or skip with its reason.

export interface UrlNote {
  url: string;
  reason: string;
}

export interface CrawlSummary {
  /** Page requests made (robots.txt and sitemaps not counted). */
  fetched: number;
  new: number;
  changed: number;
  /** 304 Not Modified, or a 200 with the content already stored. */
  unchanged: number;
  /** Pages whose rel=canonical (or redirect) names another URL: stored once, under that URL. */
  duplicates: number;
  /** Pages gone twice (404/410): their files were removed from the corpus. */
  removed: UrlNote[];
  /** Pages gone once: kept until they are missing at the next crawl too. */
  missing: UrlNote[];
  skipped: UrlNote[];
  failed: UrlNote[];
  /** Stored, with a part left out (PDF pages without text…). */
  warnings: UrlNote[];
  /** Why the crawl stopped before the end of its URLs (--max-pages), when it did. */
  truncated?: string;
  pdfPages: number;
  /** Time spent in each stage, summed over pages (stages overlap across concurrent pages). */
  timings: { fetchMs: number; extractMs: number; writeMs: number; wallMs: number };
}

export function emptySummary(): CrawlSummary {
  return {
    fetched: 0,
    new: 0,
    changed: 0,
    unchanged: 0,
    duplicates: 0,
    removed: [],
    missing: [],
    skipped: [],
    failed: [],
    warnings: [],
    pdfPages: 0,
    timings: { fetchMs: 0, extractMs: 0, writeMs: 0, wallMs: 0 },
  };
}

/** Skips grouped by reason ("disallowed by robots.txt: 12"), so a big site's summary stays short. */
function groupedSkips(skipped: UrlNote[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const { url, reason } of skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), url]);
  return [...byReason.entries()].map(
    ([reason, urls]) => `  skipped (${reason}): ${urls.length}${urls.length <= 3 ? ` — ${urls.join(', ')}` : ''}`,
  );
}

export function formatSummary(summary: CrawlSummary): string {
  const lines = [
    `fetched ${summary.fetched}: ${summary.new} new, ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.duplicates} duplicates; ` +
      `${summary.removed.length} removed, ${summary.failed.length} failed, ${summary.skipped.length} skipped (${(summary.timings.wallMs / 1000).toFixed(1)} s)`,
  ];
  if (summary.truncated) lines.push(`  stopped early: ${summary.truncated}`);
  for (const { url, reason } of summary.failed) lines.push(`  failed: ${url} — ${reason}`);
  for (const { url, reason } of summary.warnings) lines.push(`  warning: ${url} — ${reason}`);
  for (const { url, reason } of summary.missing) lines.push(`  missing: ${url} — ${reason}`);
  for (const { url, reason } of summary.removed) lines.push(`  removed: ${url} — ${reason}`);
  lines.push(...groupedSkips(summary.skipped));
  return lines.join('\n');
}
