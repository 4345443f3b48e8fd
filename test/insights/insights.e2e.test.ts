// The insight loop in headless Chromium, end to end over the real app and a copy of the real corpus:
// a visitor on a partner site (another origin) asks, says the answer did not help and why; staff
// find it on the insights page with the answer and its citations; its evidence link opens the
// snapshot; after the corpus changes (edited file, re-ingest, reload) the snapshot still shows the
// passages as they were and says they changed. Keyboard use, French and axe-core are checked too.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../../src/embed/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { artifactPath, axeViolations, collectPageErrors, launchBrowser } from '../e2e/browser.js';
import { startHostPage, type HostPage } from '../e2e/host-page.js';
import { focusedInWidget, HOST, input, launcher, openHostPage, settledReply } from '../e2e/widget-page.js';
import { CORPUS_DIR } from '../helpers/server.js';
import { startInsightsServer, type InsightsServer } from './server.js';
import { tempDir } from './support.js';

const STAFF_TOKEN = 'staff-e2e-token';
const ADMIN_TOKEN = 'admin-e2e-token';

let browser: Browser;
let server: InsightsServer;
let partner: HostPage;
let corpusDir: string;
let cleanup: () => Promise<void>;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const temp = await tempDir('oim-insights-e2e-');
  cleanup = temp.cleanup;
  corpusDir = path.join(temp.dir, 'corpus');
  cpSync(CORPUS_DIR, corpusDir, { recursive: true });
  partner = await startHostPage({ assistantUrl: 'http://unset.invalid' });
  server = await startInsightsServer({
    realAssistant: true,
    env: {
      CORPUS_DIR: corpusDir,
      INDEX_DIR: path.join(temp.dir, 'index'),
      SQLITE_FILE: path.join(temp.dir, 'data', 'insights.sqlite'),
      STAFF_TOKEN,
      ADMIN_TOKEN,
      ALLOWED_ORIGINS: partner.origin,
    },
  });
  partner.configure({ assistantUrl: server.url, htmlLang: 'en', scriptAttributes: {} });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.close(), partner?.close()]);
  await cleanup?.();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function visitorPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: collectPageErrors(page) };
}

async function staffPage(locale = 'en-GB'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    httpCredentials: { username: 'staff', password: STAFF_TOKEN },
    locale,
    viewport: { width: 1200, height: 900 },
  });
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: collectPageErrors(page) };
}

/**
 * Page errors, less the one axe causes: its script tag is refused by the page's strict CSP (then it
 * is evaluated through DevTools instead). The pages themselves have no inline script to refuse.
 */
const errorsBesidesAxe = (errors: string[]) => errors.filter((e) => !e.includes('Executing inline script violates'));

const shadow = (page: Page, selector: string) => page.locator(`${HOST} ${selector}`);

async function ask(page: Page, question: string): Promise<void> {
  await launcher(page).click();
  await input(page).fill(question);
  await input(page).press('Enter');
  expect((await settledReply(page, 0)).state).toBe('done');
}

/** Inserts a word after the first word of a line of a corpus file: the passage holding it now says something else. */
function editLine(source: string, line: number): void {
  const file = path.join(corpusDir, source.replace(/^corpus\//, ''));
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[line - 1] = lines[line - 1].replace(/^(\s*\S+)/, '$1 révisé');
  writeFileSync(file, lines.join('\n'));
}

async function snapshotJson(answerId: string): Promise<{ citations: Array<{ source: string; lines: [number, number]; text: string }> }> {
  const res = await fetch(`${server.url}/a/${answerId}.json`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
  expect(res.status).toBe(200);
  return res.json();
}

describe('the insight loop', () => {
  it('thumbs down with a comment on a partner site → insights page → evidence snapshot that says when the corpus changed', async () => {
    // A visitor on the partner site asks and says the answer did not help.
    const visitor = await visitorPage();
    await openHostPage(visitor.page, partner.url);
    await ask(visitor.page, "What are IOM's objectives?");
    const feedback = visitor.page.getByRole('group', { name: 'Was this answer helpful?' });
    await feedback.getByRole('button', { name: 'Not helpful' }).click();
    expect(await feedback.getByRole('button', { name: 'Not helpful' }).getAttribute('aria-pressed')).toBe('true');
    expect(await feedback.getByRole('button', { name: 'Helpful', exact: true }).getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(() => shadow(visitor.page, '.feedback-status').textContent(), { timeout: 15_000 })
      .toBe('Thank you. You can add a comment below.');
    await feedback.getByLabel('What was wrong? (optional)').fill('The answer does not say which objective comes first.');
    expect(visitor.errors).toEqual([]);
    expect(await axeViolations(visitor.page, HOST), 'widget with the comment field').toEqual([]);
    await feedback.getByRole('button', { name: 'Send comment' }).click();
    await expect.poll(() => shadow(visitor.page, '.feedback-status').textContent()).toBe('Comment sent. Thank you!');
    expect(await focusedInWidget(visitor.page)).toBe('button.vote');
    await visitor.page.screenshot({ path: await artifactPath('insights-widget-feedback.png') });
    expect(errorsBesidesAxe(visitor.errors)).toEqual([]);

    // Staff see it on the insights page, with the answer and its citations.
    const staff = await staffPage();
    await staff.page.goto(`${server.url}/staff/insights?lang=en`);
    const item = staff.page.locator('#negative .feedback-item').first();
    await item.waitFor();
    expect(await item.locator('h3').textContent()).toBe("What are IOM's objectives?");
    expect(await item.textContent()).toContain('Comment: The answer does not say which objective comes first.');
    expect(await item.locator('blockquote').textContent()).toMatch(/sauver des vies/i);
    const sources = await item.locator('ul li').allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s).toMatch(/^\[\d+\] .+ — corpus\/\S+\.txt · lines? \d+(–\d+)?$/);
    expect(await staff.page.locator('#top table tbody tr').first().textContent()).toContain("What are IOM's objectives?");
    expect(await axeViolations(staff.page), 'insights page (en)').toEqual([]);
    await staff.page.screenshot({ path: await artifactPath('insights-page.png'), fullPage: true });

    // Its evidence link opens the snapshot: the passages as they were, unchanged for now.
    await item.getByRole('link', { name: 'Evidence for this answer' }).click();
    await staff.page.waitForURL(/\/a\/[0-9a-f-]{36}\?lang=en$/);
    const answerId = /\/a\/([0-9a-f-]{36})/.exec(staff.page.url())![1];
    expect(await staff.page.locator('.banner').textContent()).toBe(
      'The current corpus still says the same: every cited passage is unchanged.',
    );
    const before = await staff.page.locator('.evidence-passage blockquote').allTextContents();
    const { citations } = await snapshotJson(answerId);
    expect(before).toEqual(citations.map((c) => c.text));
    expect(await axeViolations(staff.page), 'snapshot page').toEqual([]);

    // The corpus changes: the first cited passage's file is edited, re-ingested and reloaded.
    editLine(citations[0].source, citations[0].lines[0]);
    await ingest({ config: server.config, embedder: createEmbedder(server.config) });
    const reload = await fetch(`${server.url}/admin/reload`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(reload.status).toBe(200);
    const { buildId, previousBuildId } = (await reload.json()) as { buildId: string; previousBuildId: string };
    expect(buildId).not.toBe(previousBuildId);

    await staff.page.reload();
    expect(await staff.page.locator('.banner').textContent()).toMatch(
      /^The corpus has changed since this answer: \d+ of \d+ cited passages? (is|are) no longer the same\.$/,
    );
    expect(await staff.page.locator('.evidence-passage').first().locator('.badge').textContent()).toBe('Changed since');
    expect(await staff.page.locator('.evidence-passage blockquote').allTextContents()).toEqual(before);
    expect(await staff.page.locator('.facts').textContent()).toContain(buildId);
    await staff.page.screenshot({ path: await artifactPath('insights-snapshot-changed.png'), fullPage: true });
    expect(errorsBesidesAxe(staff.errors)).toEqual([]);
  });

  it('gives feedback with the keyboard alone, in French', async () => {
    const visitor = await visitorPage();
    partner.configure({ scriptAttributes: { 'data-lang': 'fr' } });
    try {
      await openHostPage(visitor.page, partner.url);
      await launcher(visitor.page).click();
      await input(visitor.page).fill('Combien d’États membres compte l’OIM ?');
      await input(visitor.page).press('Enter');
      expect((await settledReply(visitor.page, 0)).state).toBe('done');
      const group = visitor.page.getByRole('group', { name: 'Cette réponse vous a-t-elle aidé ?' });
      expect(await group.getByRole('button').count()).toBe(2);
      // From the composer, Shift+Tab reaches the last control of the answer: "Pas utile".
      for (let i = 0; i < 10 && (await focusedInWidget(visitor.page)) !== 'button.vote'; i++)
        await visitor.page.keyboard.press('Shift+Tab');
      expect(
        await visitor.page.evaluate((host) => document.querySelector(host)?.shadowRoot?.activeElement?.getAttribute('aria-label'), HOST),
      ).toBe('Pas utile');
      await visitor.page.keyboard.press('Shift+Tab');
      await visitor.page.keyboard.press('Space');
      expect(await group.getByRole('button', { name: 'Utile', exact: true }).getAttribute('aria-pressed')).toBe('true');
      await visitor.page.keyboard.press('Tab');
      await visitor.page.keyboard.press('Tab');
      expect(await focusedInWidget(visitor.page)).toBe('textarea.');
      await visitor.page.keyboard.type('Clair et sourcé.');
      await visitor.page.keyboard.press('Enter');
      await expect.poll(() => shadow(visitor.page, '.feedback-status').textContent()).toBe('Commentaire envoyé. Merci !');
      expect(visitor.errors).toEqual([]);
    } finally {
      partner.configure({ scriptAttributes: {} });
    }
  });

  it('shows the insights page in French, axe-clean, with the period and exports', async () => {
    const staff = await staffPage('fr-FR');
    const res = await staff.page.goto(`${server.url}/staff/insights`);
    expect(res?.status(), await res?.text()).toBe(200);
    expect(await staff.page.getAttribute('html', 'lang')).toBe('fr');
    expect(await staff.page.getByRole('heading', { level: 1 }).textContent()).toBe('Ce que le public demande');
    await expect.poll(() => staff.page.locator('#status').textContent()).toMatch(/^Période du \d{4}-\d{2}-\d{2} au \d{4}-\d{2}-\d{2}\.$/);
    expect(await staff.page.locator('#summary dd').first().textContent()).toMatch(/^[1-9]\d*$/);
    expect(await staff.page.locator('.chart svg').getAttribute('aria-label')).toMatch(/^Questions par jour sur 30 jours : \d+ questions/);
    expect(await staff.page.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href')).toMatch(
      /^\/api\/insights\/export\?from=.*&format=csv$/,
    );
    expect(await axeViolations(staff.page), 'insights page (fr)').toEqual([]);

    await staff.page.locator('#from').fill('2020-01-01');
    await staff.page.locator('#to').fill('2020-01-31');
    await staff.page.getByRole('button', { name: 'Afficher' }).click();
    await expect.poll(() => staff.page.locator('#status').textContent()).toBe('Période du 2020-01-01 au 2020-01-31.');
    expect(await staff.page.locator('#negative').textContent()).toBe('Rien sur cette période.');
    expect(errorsBesidesAxe(staff.errors)).toEqual([]);
  });
});
