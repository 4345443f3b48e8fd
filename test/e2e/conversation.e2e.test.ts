// A visitor's conversation in the widget, in Chromium, against the real assistant (offline, real
// corpus) on a partner page: a greeting gets a reply with example questions; clicking one gets a
// grounded answer with suggested questions; a suggestion, reached with the keyboard, is answered
// too. The widget sends its language and the page's <html lang>.
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { artifactPath, axeViolations, collectPageErrors, launchBrowser } from './browser.js';
import { startHostPage, type HostPage } from './host-page.js';
import { HOST, focusedInWidget, input, launcher, openHostPage, settledReply } from './widget-page.js';

let browser: Browser;
let assistant: TestServer;
let partner: HostPage;
const pages: Page[] = [];

beforeAll(async () => {
  partner = await startHostPage({ assistantUrl: 'http://unset.invalid' });
  assistant = await startTestServer({ env: { ALLOWED_ORIGINS: partner.origin } });
  partner.configure({ assistantUrl: assistant.url });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([assistant?.close(), partner?.close()]);
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close()));
});

const shadow = (page: Page, selector: string) => page.locator(`${HOST} ${selector}`);
const suggestionsOf = (page: Page, reply: number) => shadow(page, '.msg.assistant').nth(reply).locator('.suggestion');

async function open(htmlLang: string, scriptAttributes: Record<string, string> = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  pages.push(page);
  const errors = collectPageErrors(page);
  const bodies: Array<Record<string, unknown>> = [];
  page.on('request', (r: Request) => {
    if (r.url().endsWith('/api/chat') && r.method() === 'POST') bodies.push(JSON.parse(r.postData() ?? '{}'));
  });
  partner.configure({ htmlLang, scriptAttributes });
  await openHostPage(page, partner.url);
  await launcher(page).click();
  return { page, errors, bodies };
}

async function send(page: Page, text: string): Promise<void> {
  await input(page).fill(text);
  await input(page).press('Enter');
}

describe('a conversation in the widget', () => {
  it('greeting → example questions → a grounded answer with suggestions → a suggestion answered (French page)', async () => {
    const { page, errors, bodies } = await open('fr-FR');
    await send(page, 'Bonjour !');
    const greeting = await settledReply(page, 0);
    expect(greeting.state).toBe('done');
    expect(greeting.text).toMatch(/^Bonjour !/);
    // Nothing was searched for: no "not found" notice under a greeting.
    expect(greeting.notice).toBe('');
    const examples = suggestionsOf(page, 0);
    expect(await examples.count()).toBeGreaterThanOrEqual(1);
    expect(await shadow(page, '.suggestions').first().getAttribute('aria-label')).toBe('Questions à poser ensuite');
    expect(bodies[0]).toMatchObject({ message: 'Bonjour !', lang: 'fr', pageLang: 'fr-FR' });

    const example = (await examples.first().textContent()) ?? '';
    await examples.first().click();
    const answer = await settledReply(page, 1);
    expect(answer.state).toBe('done');
    expect(answer.text).toMatch(/^Voici ce qu'indiquent les documents/);
    expect(answer.notice).toBe('');
    expect(await shadow(page, '.msg.assistant').nth(1).locator('.chip').count()).toBeGreaterThan(0);
    expect(bodies[1]).toMatchObject({ message: example, lang: 'fr' });
    const followUps = suggestionsOf(page, 1);
    expect(await followUps.count()).toBeGreaterThanOrEqual(1);

    // The keyboard alone reaches a suggestion and asks it.
    const followUp = (await followUps.first().textContent()) ?? '';
    await followUps.first().focus();
    expect(await focusedInWidget(page)).toBe('button.suggestion');
    await page.keyboard.press('Enter');
    const third = await settledReply(page, 2);
    expect(third.state).toBe('done');
    expect(third.text).toMatch(/^Voici ce qu'indiquent les documents/);
    expect(third.notice).toBe('');
    expect(bodies[2]).toMatchObject({ message: followUp, lang: 'fr' });
    // Focus waits in the composer for the next question.
    expect(await focusedInWidget(page)).toBe('textarea.');
    expect(errors).toEqual([]);
    await page.screenshot({ path: await artifactPath('widget-conversation.png') });
    // Last: injecting axe trips the host page's strict CSP, which the error check above must not see.
    expect(await axeViolations(page, HOST), 'replies with suggestions').toEqual([]);
  });

  it('speaks English on an English page: examples in English, "Merci !" answered in the conversation’s language', async () => {
    const { page, bodies } = await open('en');
    await send(page, 'Hello');
    const greeting = await settledReply(page, 0);
    expect(greeting.text).toMatch(/^Hello!/);
    const examples = suggestionsOf(page, 0);
    expect(await examples.count()).toBeGreaterThanOrEqual(1);
    expect(await examples.first().textContent()).toMatch(/^(Tell me about|What|Who|How|When|Where|Which)/);
    await examples.first().click();
    expect((await settledReply(page, 1)).text).toMatch(/^Here is what/);
    await send(page, 'Merci !');
    const thanks = await settledReply(page, 2);
    expect(thanks.text).toBe("You're welcome! Do you have another question?");
    expect(bodies[2]).toMatchObject({ message: 'Merci !', lang: 'en', pageLang: 'en' });
  });

  it('marks a refusal as not found and still offers questions to ask', async () => {
    const { page } = await open('en');
    await send(page, 'What will the weather be in Paris tomorrow?');
    const refusal = await settledReply(page, 0);
    expect(refusal.notice).toBe('Not found in the documents.');
    expect(await suggestionsOf(page, 0).count()).toBeGreaterThanOrEqual(1);
  });
});
