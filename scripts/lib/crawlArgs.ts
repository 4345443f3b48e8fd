// The crawl's command-line options, shared by npm run crawl and npm run sync.
import type { CrawlOptions } from '../../src/sources/crawl.js';
import { UsageError } from './cli.js';

export const CRAWL_USAGE = '<sitemap URL | start URL> [--include PATH…] [--exclude PATH…] [--max-pages N] [--depth N]';

export const crawlArguments = {
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'max-pages': { type: 'string' },
  depth: { type: 'string' },
} as const;

function count(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes a whole number of at least ${min} (got "${value}")`);
  return n;
}

const asPrefix = (p: string) => (p.startsWith('/') ? p : `/${p}`);

export function crawlOverrides(values: {
  include?: string[];
  exclude?: string[];
  'max-pages'?: string;
  depth?: string;
}): Partial<CrawlOptions> {
  const overrides: Partial<CrawlOptions> = {};
  if (values.include) overrides.include = values.include.map(asPrefix);
  if (values.exclude) overrides.exclude = values.exclude.map(asPrefix);
  const maxPages = count(values['max-pages'], 'max-pages', 1);
  const depth = count(values.depth, 'depth', 0);
  if (maxPages !== undefined) overrides.maxPages = maxPages;
  if (depth !== undefined) overrides.maxDepth = depth;
  return overrides;
}
