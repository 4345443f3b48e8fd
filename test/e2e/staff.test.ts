// The staff fact-checking page in real headless Chromium, served by the real app (offline, real
// corpus) under its page CSP: claims one per line with verdicts and highlighted quotes, the search
// box, French and English, keyboard-only use, axe-core, hostile text kept inert.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { artifactPath, axeViolations, collectPageErrors, launchBrowser } from './browser.js';

let browser: Browser;
let server: TestServer;
const pages: Page[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close()));
});

async function openStaff(query = '', options: { locale?: string; width?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ locale: options.locale ?? 'en-GB', viewport: { width: options.width ?? 1200, height: 900 } });
  pages.push(page);
  const errors = collectPageErrors(page);
  const res = await page.goto(`${server.url}/staff${query}`);
  expect(res?.status()).toBe(200);
  await page.waitForLoadState('load');
  return { page, errors };
}

interface ShownResult {
  claim: string;
  badge: string;
  badgeClass: string;
  explanation: string;
  quotes: Array<{ where: string; mark: string; passage: string }>;
}

/** Waits until every claim has its verdict and reads what the page shows. */
async function shownResults(page: Page, count: number): Promise<ShownResult[]> {
  await page.waitForFunction((n) => {
    const items = document.querySelectorAll('#results > li');
    return items.length === n && [...items].every((li) => !li.hasAttribute('aria-busy'));
  }, count);
  return page.$$eval('#results > li', (items) =>
    items.map((li) => ({
      claim: li.querySelector('.claim')?.textContent ?? '',
      badge: li.querySelector('.badge')?.textContent ?? '',
      badgeClass: li.querySelector('.badge')?.className ?? '',
      explanation: li.querySelector('.explanation')?.textContent ?? '',
      quotes: [...li.querySelectorAll('.evidence > li')].map((q) => ({
        where: q.querySelector('.where')?.textContent ?? '',
        mark: q.querySelector('blockquote mark')?.textContent ?? '',
        passage: q.querySelector('blockquote')?.textContent ?? '',
      })),
    })),
  );
}

/** tag#id.class of the focused element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a ? `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}` : '';
  });

describe('staff page: checking claims', () => {
  it('checks two pasted claims and shows verdicts, explanations and the quotes highlighted in their passages', async () => {
    const { page, errors } = await openStaff('?lang=en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Fact check — IOM');
    await page.getByLabel('Claims to check (one per line)').fill("L'OIM compte 175 États membres\n\nIOM was founded in 1961\n");
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const [members, founded] = await shownResults(page, 2);

    expect(members).toMatchObject({ claim: "L'OIM compte 175 États membres", badge: 'Supported', badgeClass: 'badge badge-supported' });
    expect(members.explanation).toMatch(/175 États Membres/);
    expect(members.quotes[0].mark).toBe(
      'L’Organisation compte 175 États Membres et 8 États observateurs, et elle a des bureaux dans 171 pays.',
    );
    expect(members.quotes[0].where).toBe('corpus/oim-qui-sommes-nous.txt · lines 30–31');
    // The quote is shown inside its whole passage.
    expect(members.quotes[0].passage.length).toBeGreaterThan(members.quotes[0].mark.length);
    expect(members.quotes[0].passage).toContain(members.quotes[0].mark);

    expect(founded).toMatchObject({ badge: 'Contradicted', badgeClass: 'badge badge-contradicted' });
    expect(founded.explanation).toMatch(/1961.*1951/);
    expect(founded.quotes[0].mark).toMatch(/créée en 1951/);
    expect(await page.locator('#verify-status').textContent()).toBe('2 claims checked.');
    await page.screenshot({ path: await artifactPath('staff-verdicts.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('speaks French when the browser prefers it, and switches language with the link', async () => {
    const { page, errors } = await openStaff('', { locale: 'fr-FR' });
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByLabel('Affirmations à vérifier (une par ligne)').fill("L'OIM a son siège à Genève");
    await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
    const [geneva] = await shownResults(page, 1);
    expect(geneva).toMatchObject({ badge: 'Introuvable dans le texte', badgeClass: 'badge badge-not_found' });
    expect(geneva.explanation).toMatch(/Genève/);
    expect(await page.locator('#results .evidence-label').textContent()).toBe('Aucun passage pertinent.');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check a claim');
    expect(errors).toEqual([]);
  });

  it('says so when nothing was pasted, and renders hostile claim text as text', async () => {
    const { page, errors } = await openStaff('?lang=en');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await page.locator('#verify-status').textContent()).toBe('Enter at least one claim.');
    expect(await focused(page)).toBe('textarea#claims');

    const hostile = '<img src=x onerror="window.__xss=1"> IOM has 8 observer states <script>window.__xss=2</script>';
    await page.locator('#claims').fill(hostile);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const [result] = await shownResults(page, 1);
    expect(result.claim).toBe(hostile);
    expect(await page.locator('#results img, #results script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

describe('staff page: search box', () => {
  it('shows passages with their location for a search', async () => {
    const { page, errors } = await openStaff('?lang=en');
    await page.getByLabel('Words to search for').fill('États observateurs');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    const items = await page.$$eval('#search-results > li', (lis) =>
      lis.map((li) => ({ where: li.querySelector('.where')?.textContent ?? '', text: li.querySelector('blockquote')?.textContent ?? '' })),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items[0].text).toContain('8 États observateurs');
    for (const item of items) expect(item.where).toMatch(/^corpus\/\S+ · lines? \d+(–\d+)?$/);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ passages? found\.$/);
    expect(errors).toEqual([]);
  });
});

describe('staff page: keyboard only', () => {
  it('reaches everything with Tab, checks with Enter or Ctrl+Enter, and searches with Enter', async () => {
    const { page } = await openStaff('?lang=en');
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order).toEqual(['a', 'textarea#claims', 'button', 'input#search-input', 'button']);
    // A visible focus ring on the focused control.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await page.locator('#claims').focus();
    await page.keyboard.type('IOM has 8 observer states');
    await page.keyboard.press('Enter');
    await page.keyboard.type('IOM has offices in 200 countries');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('textarea#claims');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const results = await shownResults(page, 2);
    expect(results.map((r) => r.badge)).toEqual(['Supported', 'Contradicted']);
    // Focus moves to the results heading, so the next Tab and a screen reader go there.
    expect(await focused(page)).toBe('h2#results-heading');

    await page.locator('#claims').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('IOM was founded in 1951');
    await page.keyboard.press('Control+Enter');
    expect((await shownResults(page, 1))[0].badge).toBe('Supported');

    await page.locator('#search-input').focus();
    await page.keyboard.type('objectifs');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
  });
});

describe('staff page: accessibility and layout', () => {
  it('passes axe (no serious or critical violations) empty, with verdicts and with search results, in both languages', async () => {
    for (const lang of ['en', 'fr']) {
      const { page } = await openStaff(`?lang=${lang}`);
      expect(await axeViolations(page), `${lang} empty`).toEqual([]);
      await page.locator('#claims').fill("L'OIM compte 175 États membres\nIOM was founded in 1961\nL'OIM a son siège à Genève");
      await page.locator('#verify-form button').click();
      await shownResults(page, 3);
      await page.locator('#search-input').fill('objectifs');
      await page.locator('#search-form button').click();
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
      expect(await axeViolations(page), `${lang} with results`).toEqual([]);
    }
  });

  it('fits a 320 px screen without horizontal scrolling', async () => {
    const { page } = await openStaff('?lang=fr', { width: 320 });
    await page.locator('#claims').fill("L'OIM compte 171 États membres");
    await page.locator('#verify-form button').click();
    await shownResults(page, 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: await artifactPath('staff-320.png'), fullPage: true });
  });

  it('is served under the page CSP, with no inline script or style in the page', async () => {
    const res = await fetch(`${server.url}/staff`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline/);
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    const script = await fetch(`${server.url}/staff/app.js`);
    expect(script.headers.get('content-type')).toMatch(/^application\/javascript/);
    // The bundle, not the TypeScript source: no module syntax left for a classic <script>.
    expect(await script.text()).not.toMatch(/^\s*(import|export)\s/m);
    // The staff pages' shared sheet first, then the page's own rules; both served as CSS.
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
    expect(sheets).toEqual(['/staff/base.css', '/staff/app.css']);
    for (const sheet of sheets) {
      const style = await fetch(`${server.url}${sheet}`);
      expect(style.headers.get('content-type')).toMatch(/^text\/css/);
      expect((await style.text()).length).toBeGreaterThan(0);
    }
  });
});
