// The widget as the public meets it: loaded from the real assistant (offline, real corpus) into a
// partner page on another origin.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerService } from '../../src/serve/state.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { artifactPath, axeViolations, collectPageErrors, launchBrowser } from './browser.js';
import { startHostPage, type HostPage } from './host-page.js';
import {
  HOST,
  countInWidget,
  countTokenEvents,
  focusedInWidget,
  input,
  launcher,
  openHostPage,
  panel,
  settledReply,
  tokenEventCount,
} from './widget-page.js';

let browser: Browser;
let assistant: TestServer;
let partner: HostPage;
let stranger: HostPage;
const pages: Page[] = [];

beforeAll(async () => {
  // The API must know the partner's origin before it starts; the stranger's is deliberately not listed.
  partner = await startHostPage({ assistantUrl: 'http://unset.invalid' });
  stranger = await startHostPage({ assistantUrl: 'http://unset.invalid' });
  assistant = await startTestServer({ env: { ALLOWED_ORIGINS: partner.origin } });
  partner.configure({ assistantUrl: assistant.url });
  stranger.configure({ assistantUrl: assistant.url });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([assistant?.close(), partner?.close(), stranger?.close()]);
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close()));
});

async function newPage(viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  pages.push(page);
  return { page, errors: collectPageErrors(page) };
}

/** Loads an English page of `site` that embeds the widget with a bare script tag. */
async function visit(page: Page, site: HostPage): Promise<void> {
  site.configure({ htmlLang: 'en', scriptAttributes: {} });
  await openHostPage(page, site.url);
}

async function typeAndSend(page: Page, question: string): Promise<void> {
  await input(page).fill(question);
  await input(page).press('Enter');
}

const shadow = (page: Page, selector: string) => page.locator(`${HOST} ${selector}`);

/** Opens the passage of the first chip and returns what the viewer shows. */
async function openFirstPassage(page: Page) {
  await shadow(page, '.chip').first().click();
  await shadow(page, '.passage').waitFor();
  return {
    title: await shadow(page, '.passage-title').textContent(),
    lines: await shadow(page, '.passage-lines').textContent(),
    text: await shadow(page, '.passage-text').textContent(),
    focused: await focusedInWidget(page),
  };
}

describe('widget on a partner site (cross-origin)', () => {
  it('answers an English question with streamed text and citation chips that open the passage', async () => {
    const { page, errors } = await newPage();
    await countTokenEvents(page);
    await visit(page, partner);
    await launcher(page).click();
    expect(await focusedInWidget(page)).toBe('textarea.');
    await typeAndSend(page, "What are IOM's objectives?");
    const reply = await settledReply(page, 0);
    expect(reply.state).toBe('done');
    expect(reply.text).toMatch(/sauver des vies/i);
    await expect.poll(() => tokenEventCount(page), { message: 'the answer should arrive as several token events' }).toBeGreaterThan(1);
    expect(await shadow(page, '.chip').count()).toBeGreaterThan(0);
    expect(await shadow(page, '.chip').first().getAttribute('aria-label')).toMatch(/^Source \d+: /);

    const passage = await openFirstPassage(page);
    expect(passage.title).toMatch(/^\d+\. \S/);
    expect(passage.lines).toMatch(/^lines? \d+(–\d+)? · File \S+\.txt$/);
    expect(passage.text?.length).toBeGreaterThan(20);
    expect(passage.focused).toBe('h3.passage-title');
    await page.getByRole('button', { name: 'Back to the conversation' }).click();
    expect(await focusedInWidget(page)).toBe('button.chip');
    expect(errors).toEqual([]);
  });

  it('speaks French from data-lang and answers a French starter question', async () => {
    const { page, errors } = await newPage();
    partner.configure({ htmlLang: 'en', scriptAttributes: { 'data-lang': 'fr', 'data-title': 'Aide OIM' } });
    await openHostPage(page, partner.url);
    await page.getByRole('button', { name: 'Ouvrir l’assistant de l’OIM' }).click();
    expect(await page.getByRole('dialog', { name: 'Aide OIM' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Quels sont les objectifs de l’OIM ?' }).click();
    const reply = await settledReply(page, 0);
    expect(reply.state).toBe('done');
    expect(reply.text).toMatch(/objectifs/i);
    expect(await shadow(page, '.chip').first().getAttribute('aria-label')).toMatch(/^Source \d+ : /);
    const passage = await openFirstPassage(page);
    expect(passage.lines).toMatch(/^lignes? \d+(–\d+)? · Fichier \S+\.txt$/);
    expect(errors).toEqual([]);
  });

  it('works with the keyboard alone, and Escape returns focus to the launcher', async () => {
    const { page } = await newPage();
    await visit(page, partner);
    for (let i = 0; i < 5 && !(await focusedInWidget(page)).includes('launcher'); i++) await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toBe('button.launcher');
    await page.keyboard.press('Enter');
    expect(await panel(page).isVisible()).toBe(true);
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.type('When was IOM founded?');
    await page.keyboard.press('Enter');
    expect((await settledReply(page, 0)).state).toBe('done');

    // Reach the first chip by tabbing backwards from the composer, then open it with Enter.
    for (let i = 0; i < 40 && (await focusedInWidget(page)) !== 'button.chip'; i++) await page.keyboard.press('Shift+Tab');
    expect(await focusedInWidget(page)).toBe('button.chip');
    await page.keyboard.press('Enter');
    expect(await focusedInWidget(page)).toBe('h3.passage-title');
    await page.keyboard.press('Escape');
    expect(await shadow(page, '.passage').isVisible()).toBe(false);
    expect(await focusedInWidget(page)).toBe('button.chip');
    await page.keyboard.press('Escape');
    expect(await panel(page).isVisible()).toBe(false);
    expect(await focusedInWidget(page)).toBe('button.launcher');
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
  });

  it('passes axe (no serious or critical violations) with an answer and with a passage open; saves a screenshot', async () => {
    const { page } = await newPage();
    await visit(page, partner);
    expect(await axeViolations(page, HOST), 'closed').toEqual([]);
    await launcher(page).click();
    expect(await axeViolations(page, HOST), 'empty conversation').toEqual([]);
    await typeAndSend(page, "What are IOM's objectives?");
    await settledReply(page, 0);
    expect(await axeViolations(page, HOST), 'with an answer').toEqual([]);
    await page.screenshot({ path: await artifactPath('widget-open.png') });
    await openFirstPassage(page);
    expect(await axeViolations(page, HOST), 'passage open').toEqual([]);
    await page.screenshot({ path: await artifactPath('widget-passage.png') });
  });

  it('is usable at 320 px wide', async () => {
    const { page } = await newPage({ width: 320, height: 640 });
    await visit(page, partner);
    await launcher(page).click();
    const box = await panel(page).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await input(page).fill("What are IOM's objectives?");
    // The send button must be visible and not covered (the launcher hides behind the full-screen panel).
    await page.getByRole('button', { name: 'Send' }).click();
    expect((await settledReply(page, 0)).state).toBe('done');
    await page.screenshot({ path: await artifactPath('widget-320.png') });
    await openFirstPassage(page);
    const passageBox = await shadow(page, '.passage').boundingBox();
    expect(passageBox!.x + passageBox!.width).toBeLessThanOrEqual(320);
    expect(await axeViolations(page, HOST)).toEqual([]);
    await page.getByRole('button', { name: 'Close the assistant' }).click();
    expect(await focusedInWidget(page)).toBe('button.launcher');
  });

  it('says plainly when the documents do not answer', async () => {
    const { page } = await newPage();
    await visit(page, partner);
    await launcher(page).click();
    await typeAndSend(page, 'What will the weather be in Paris tomorrow?');
    const reply = await settledReply(page, 0);
    expect(reply.state).toBe('done');
    expect(reply.notice).toBe('Not found in the documents.');
    expect(reply.text.length).toBeGreaterThan(0);
  });

  it('shows an error, not an answer, on a site whose origin is not allowed', async () => {
    const { page } = await newPage();
    await visit(page, stranger);
    await launcher(page).click();
    await typeAndSend(page, "What are IOM's objectives?");
    const reply = await settledReply(page, 0);
    expect(reply.state).toBe('error');
    expect(reply.notice).toMatch(/cannot be reached/);
    expect(await shadow(page, '.chip').count()).toBe(0);
  });
});

describe('demo page served by the assistant', () => {
  it('embeds the widget with one script tag and answers under its strict CSP', async () => {
    const { page, errors } = await newPage();
    await openHostPage(page, `${assistant.url}/`);
    expect(await page.locator('script[src="/widget.js"]').count()).toBe(1);
    await page.getByRole('button', { name: "What are IOM's objectives?" }).first().click();
    const reply = await settledReply(page, 0);
    expect(reply.state).toBe('done');
    expect(await shadow(page, '.chip').count()).toBeGreaterThan(0);
    // The demo switched the widget to English through the JS API.
    expect(await input(page).getAttribute('placeholder')).toBe('Ask a question about IOM…');
    expect(errors).toEqual([]);
  });
});

// Text a model or a poisoned corpus could produce; it must reach the visitor as inert text.
const PAYLOAD = '<img src=x onerror="window.__xss++"> <script>window.__xss++</script> <a href="javascript:window.__xss++">x</a>';

const hostileAnswerer: AnswerService = {
  mode: 'llm',
  search: async () => [],
  async answer(_request, hooks = {}) {
    const citations = [
      {
        id: 1,
        source: 'corpus/<b>evil</b>.txt',
        title: '<b>Title</b>',
        heading: '<img src=y onerror="window.__xss++">',
        lines: [1, 2] as [number, number],
        text: PAYLOAD,
        score: 0.9,
        url: 'javascript:window.__xss++',
      },
    ];
    const answer = `Answer ${PAYLOAD} [1] ![pic](http://127.0.0.1:9/tracker.png) [7]`;
    hooks.onCitations?.(citations);
    for (const piece of answer.match(/.{1,7}/gs) ?? []) hooks.onToken?.(piece);
    return { answer, grounded: true, citations, language: 'en', mode: 'llm' };
  },
};

describe('widget showing hostile answer text', () => {
  it('keeps markup inert: no element, no script run, no image request, no javascript: link', async () => {
    const hostile = await startTestServer({ answerer: hostileAnswerer, env: { ALLOWED_ORIGINS: partner.origin } });
    try {
      const { page, errors } = await newPage();
      const imageRequests: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'image') imageRequests.push(r.url());
      });
      partner.configure({ assistantUrl: hostile.url, htmlLang: 'en', scriptAttributes: {} });
      await openHostPage(page, partner.url);
      await page.evaluate(() => ((window as unknown as { __xss: number }).__xss = 0));
      await launcher(page).click();
      await typeAndSend(page, 'Anything');
      const { text, state } = await settledReply(page, 0);
      expect(state).toBe('done');
      expect(text).toContain('<img src=x onerror="window.__xss++">');
      expect(text).toContain('<script>window.__xss++</script>');
      // [7] names no citation, so it stays text; [1] became the only chip.
      expect(text).toContain('[7]');
      expect(await shadow(page, '.chip').count()).toBe(1);
      const passage = await openFirstPassage(page);
      expect(passage.text).toBe(PAYLOAD);
      expect(await shadow(page, '.passage-heading').textContent()).toBe('<img src=y onerror="window.__xss++">');
      expect(await countInWidget(page, 'img, script, b, a')).toBe(0);
      expect(await page.locator('img').count()).toBe(0);
      expect(imageRequests).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      partner.configure({ assistantUrl: assistant.url });
      await hostile.close();
    }
  });
});
