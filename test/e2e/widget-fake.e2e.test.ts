// Widget behaviour that needs scripted, paced or failing server answers: streaming, stop, errors,
// history and theming. Uses a contract-following fake API rather than the real app.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser } from './browser.js';
import { defaultAnswerer, startFakeApi, type FakeAnswer, type FakeAnswerer, type FakeApi } from './fake-api.js';
import { startHostPage, type HostPage, type HostPageOptions } from './host-page.js';
import {
  countInWidget,
  input,
  launcher,
  openHostPage,
  panel,
  recordStreaming,
  replies,
  settledReply,
  streamedStates,
} from './widget-page.js';

let browser: Browser;
let api: FakeApi;
let page: Page;
let errors: string[];
let next: FakeAnswerer = defaultAnswerer;
const hosts: HostPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  next = defaultAnswerer;
  page = await browser.newPage();
  errors = collectPageErrors(page);
});

afterEach(async () => {
  // Failing answers log failed requests on the console, by design; an uncaught exception never.
  const uncaught = errors.filter((e) => e.startsWith('pageerror'));
  await page.close();
  await api?.close();
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  expect(uncaught).toEqual([]);
});

async function setup(options: { tokenDelayMs?: number; host?: Partial<HostPageOptions> } = {}): Promise<void> {
  api = await startFakeApi({ answerer: (body) => next(body), tokenDelayMs: options.tokenDelayMs });
  const host = await startHostPage({ assistantUrl: api.url, ...options.host });
  hosts.push(host);
  api.allowedOrigins.push(new URL(host.url).origin);
  await openHostPage(page, host.url);
}

/** Starts a question through the JS API without waiting for the answer (that is settledReply's job). */
async function ask(question: string): Promise<void> {
  await page.evaluate((q) => {
    void (window as unknown as { OIMAssistant: { ask(q: string): Promise<void> } }).OIMAssistant.ask(q);
  }, question);
}

function answer(reply: Partial<FakeAnswer>): FakeAnswerer {
  return () => ({ answer: '', citations: [], ...reply });
}

describe('widget against a scripted API', () => {
  it('renders the answer progressively as tokens arrive, chips included', async () => {
    await setup({ tokenDelayMs: 40 });
    await recordStreaming(page);
    await ask('What are IOM objectives?');
    const { text } = await settledReply(page, 0);
    const states = await streamedStates(page);
    expect(states.length).toBeGreaterThan(5);
    // Each state extends the previous one: text is appended, never replaced or reordered.
    for (let i = 1; i < states.length; i++) expect(states[i].startsWith(states[i - 1].replace(/\s+$/, ''))).toBe(true);
    expect(states[states.length - 1]).toBe(text);
    expect(await countInWidget(page, '.chip')).toBe(2);
  });

  it('sends the conversation history with follow-up questions and forgets it on "new conversation"', async () => {
    await setup();
    await ask('What are IOM objectives?');
    await settledReply(page, 0);
    await ask('And when was it founded?');
    await settledReply(page, 1);
    expect(api.requests[0].history).toEqual([]);
    expect(api.requests[1]).toMatchObject({ message: 'And when was it founded?' });
    expect(api.requests[1].history).toEqual([
      { role: 'user', content: 'What are IOM objectives?' },
      { role: 'assistant', content: expect.stringContaining('Sauver des vies') },
    ]);
    await page.getByRole('button', { name: 'New conversation' }).click();
    expect(await replies(page).count()).toBe(0);
    await expect.poll(() => countInWidget(page, '.starter')).toBe(3);
    await ask('Fresh start');
    await settledReply(page, 0);
    expect(api.requests[2].history).toEqual([]);
  });

  it('stops a streaming answer with the stop button', async () => {
    await setup({ tokenDelayMs: 300 });
    await ask('What are IOM objectives?');
    const stop = page.getByRole('button', { name: 'Stop' });
    await stop.click();
    const { state, notice } = await settledReply(page, 0);
    expect(state).toBe('stopped');
    expect(notice).toBe('Answer stopped.');
    await expect.poll(() => page.getByRole('button', { name: 'Send' }).isVisible()).toBe(true);
  });

  it('explains rate limits with the Retry-After delay', async () => {
    await setup();
    next = answer({ status: 429, headers: { 'Retry-After': '30' } });
    await ask('Too many');
    const { state, notice } = await settledReply(page, 0);
    expect(state).toBe('error');
    expect(notice).toBe('Too many questions in a short time. Please try again in 30 seconds.');
  });

  it('says plainly when the documents do not answer', async () => {
    await setup({ host: { htmlLang: 'fr' } });
    next = answer({ answer: 'Les documents ne permettent pas de répondre à cette question.', grounded: false, language: 'fr' });
    await ask('Quelle est la météo ?');
    const { state, notice } = await settledReply(page, 0);
    expect(state).toBe('done');
    expect(notice).toBe('Introuvable dans les documents.');
  });

  it('shows a network error when the API cannot be reached', async () => {
    await setup();
    await api.close();
    await ask('Anyone there?');
    const { state, notice } = await settledReply(page, 0);
    expect(state).toBe('error');
    expect(notice).toMatch(/cannot be reached/);
  });

  it('is not styled by the host page but follows its --oim-* theme', async () => {
    await setup({
      host: {
        hostCss:
          ':root { --oim-primary: rgb(0, 90, 40); } button { background: rgb(255, 0, 0) !important; font-size: 40px !important; } * { font-family: monospace !important; }',
      },
    });
    const styles = await launcher(page).evaluate((el) => {
      const cs = getComputedStyle(el);
      return { background: cs.backgroundColor, fontFamily: cs.fontFamily };
    });
    expect(styles.background).toBe('rgb(0, 90, 40)');
    expect(styles.fontFamily).not.toContain('monospace');
    // And the widget's styles stay inside: the host's own button keeps the host rule.
    expect(await page.locator('#host-button').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 0, 0)');
  });

  it('exposes open, close, ask and setLanguage to the host page', async () => {
    await setup();
    await page.evaluate(() => (window as unknown as { OIMAssistant: { open(): void } }).OIMAssistant.open());
    expect(await panel(page).isVisible()).toBe(true);
    await page.evaluate(() => (window as unknown as { OIMAssistant: { setLanguage(l: string): void } }).OIMAssistant.setLanguage('fr'));
    expect(await input(page).getAttribute('placeholder')).toBe('Posez une question sur l’OIM…');
    expect(await page.getByRole('button', { name: 'Envoyer' }).count()).toBe(1);
    await page.evaluate(() => (window as unknown as { OIMAssistant: { close(): void } }).OIMAssistant.close());
    expect(await panel(page).isVisible()).toBe(false);
  });
});
