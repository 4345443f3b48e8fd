// robots.txt as RFC 9309 says: a Crawl-delay spaces the requests, a robots.txt that fails (5xx)
// means nothing is crawled, rules for our user agent win over the wildcard group.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crawl, crawlOptions } from '../../src/sources/crawl.js';
import { workspace, type Workspace } from '../core/support.js';
import { page, paragraphs } from './fixtures.js';
import { TestSite } from './site.js';

let site: TestSite;
let ws: Workspace;
const TEXT = paragraphs('Les permanences juridiques accueillent les familles sans rendez-vous chaque mercredi après-midi.');
const run = () =>
  crawl(crawlOptions(ws.config({ CRAWL_DELAY_MS: '0', CRAWL_USER_AGENT: 'OIM-test/1.0' }), { start: site.url('/sitemap.xml') }));

beforeEach(async () => {
  site = new TestSite();
  ws = workspace({ empty: true });
  await site.start();
  const paths = ['/a', '/b', '/c'];
  site.route('/sitemap.xml', {
    type: 'application/xml',
    body: `<urlset>${paths.map((p) => `<url><loc>${site.url(p)}</loc></url>`).join('')}</urlset>`,
  });
  for (const p of paths) site.route(p, { body: page({ title: `Page ${p}`, body: TEXT }) });
});

afterEach(async () => {
  await site.stop();
  ws.cleanup();
});

describe('robots.txt', () => {
  it('a Crawl-delay spaces the page requests at least that far apart', async () => {
    const times: number[] = [];
    site.route('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nCrawl-delay: 0.3\n' });
    for (const p of ['/a', '/b', '/c']) {
      site.route(p, () => {
        times.push(performance.now());
        return { body: page({ title: `Page ${p}`, body: TEXT }) };
      });
    }
    await run();
    expect(times).toHaveLength(3);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(250);
  });

  it('one that cannot be fetched (503) stops the crawl before any page, saying why', async () => {
    site.route('/robots.txt', { status: 503, body: 'maintenance', etag: false });
    const summary = await run();
    expect(summary.failed).toEqual([
      { url: site.url('/robots.txt'), reason: expect.stringMatching(/robots\.txt could not be read \(HTTP 503.*nothing was crawled/) },
    ]);
    expect(site.log.filter((r) => /^\/[abc]$/.test(r.path))).toEqual([]);
  });

  it('the group naming our user agent wins over the wildcard one', async () => {
    site.route('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nDisallow: /\n\nUser-agent: OIM-test\nDisallow: /b\n' });
    const summary = await run();
    expect(summary.new).toBe(2);
    expect(summary.skipped).toEqual([{ url: site.url('/b'), reason: 'disallowed by robots.txt' }]);
  });
});
