// robots.txt, read with robots-parser (RFC 9309 matching, wildcards, Crawl-delay, Sitemap lines).
// As the RFC says: no robots.txt (4xx) allows everything; one that cannot be fetched (5xx, network)
// disallows everything until it can.
import robotsParserModule from 'robots-parser';
import { fetchResource, type FetchRequest } from './http.js';

interface RobotsTxt {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
// The package's types declare an ES default export; at run time the CommonJS module is the function.
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => RobotsTxt;

/** Google's limit on robots.txt size: what lies beyond it is ignored. */
const MAX_ROBOTS_BYTES = 500 * 1024;

export interface Robots {
  isAllowed(url: string): boolean;
  /** The Crawl-delay for our user agent, in milliseconds, when the file sets one. */
  crawlDelayMs: number | undefined;
  sitemaps: string[];
  /** Why nothing may be crawled (robots.txt unreachable), when that is the case. */
  unavailable?: string;
}

/** The product token robots.txt groups name ("OIM-assistant" of "OIM-assistant/0.1 (+https://…)"). */
export const robotsToken = (userAgent: string) => userAgent.split(/[\s/]/)[0];

export async function loadRobots(origin: string, request: Omit<FetchRequest, 'url' | 'maxBytes'>): Promise<Robots> {
  const url = new URL('/robots.txt', origin).href;
  const outcome = await fetchResource({ ...request, url, maxBytes: () => MAX_ROBOTS_BYTES, accept: 'text/plain,*/*;q=0.5' });
  const allowAll: Robots = { isAllowed: () => true, crawlDelayMs: undefined, sitemaps: [] };
  if (outcome.kind === 'gone') return allowAll;
  if (outcome.kind === 'failed') {
    if (/^HTTP 4\d\d/.test(outcome.reason)) return allowAll;
    return {
      isAllowed: () => false,
      crawlDelayMs: undefined,
      sitemaps: [],
      unavailable: `robots.txt could not be read (${outcome.reason})`,
    };
  }
  if (outcome.kind !== 'ok') return allowAll;
  const robots = robotsParser(url, new TextDecoder().decode(outcome.bytes));
  const token = robotsToken(request.userAgent);
  const delay = robots.getCrawlDelay(token);
  return {
    isAllowed: (target) => robots.isAllowed(target, token) !== false,
    crawlDelayMs: delay === undefined ? undefined : delay * 1000,
    sitemaps: robots.getSitemaps(),
  };
}
