// Page-object helpers for the widget inside its shadow root (Playwright CSS locators pierce open shadow roots).
import type { Locator, Page } from 'playwright-core';

export const HOST = 'oim-assistant';

export function launcher(page: Page): Locator {
  return page.locator(`${HOST} .launcher`);
}

export function panel(page: Page): Locator {
  return page.locator(`${HOST} [role="dialog"]`);
}

export function input(page: Page): Locator {
  return page.locator(`${HOST} #oim-input`);
}

export function replies(page: Page): Locator {
  return page.locator(`${HOST} .msg.assistant`);
}

/** Number of elements matching `selector` inside the widget's shadow root (a selector list works too). */
export function countInWidget(page: Page, selector: string): Promise<number> {
  return page.evaluate(([host, sel]) => document.querySelector(host)?.shadowRoot?.querySelectorAll(sel).length ?? -1, [HOST, selector]);
}

/** Loads a host page and waits until the widget has mounted and exposed its API. */
export async function openHostPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => Boolean((window as { OIMAssistant?: unknown }).OIMAssistant));
}

/** Waits for the n-th answer (0-based) to leave the streaming state and returns its final state. */
export async function settledReply(page: Page, index: number): Promise<{ state: string; text: string; notice: string }> {
  await page.waitForFunction(
    ({ host, i }) => {
      const reply = document.querySelector(host)?.shadowRoot?.querySelectorAll('.msg.assistant')[i];
      return reply !== undefined && reply.getAttribute('data-state') !== 'streaming';
    },
    { host: HOST, i: index },
  );
  const reply = replies(page).nth(index);
  return {
    state: (await reply.getAttribute('data-state')) ?? '',
    text: (await reply.locator('.text').textContent()) ?? '',
    notice: (await reply.locator('.notice').textContent()) ?? '',
  };
}

/** Class list of the focused element inside the widget's shadow root ('' when focus is elsewhere). */
export function focusedInWidget(page: Page): Promise<string> {
  return page.evaluate((host) => {
    const active = document.querySelector(host)?.shadowRoot?.activeElement;
    return active ? `${active.tagName.toLowerCase()}.${active.className}` : '';
  }, HOST);
}

/**
 * Records each distinct text of the next answer body as it changes, to prove the answer arrived
 * in pieces rather than all at once. Call before asking; read with streamedStates().
 */
export async function recordStreaming(page: Page): Promise<void> {
  await page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    const states: string[] = [];
    (window as unknown as { __oimStates: string[] }).__oimStates = states;
    new MutationObserver(() => {
      const bodies = root?.querySelectorAll('.msg.assistant .text:not(.pending)');
      const text = bodies?.length ? (bodies[bodies.length - 1].textContent ?? '') : '';
      if (text && states[states.length - 1] !== text) states.push(text);
    }).observe(root as ShadowRoot, { subtree: true, childList: true, characterData: true });
  }, HOST);
}

export function streamedStates(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __oimStates: string[] }).__oimStates);
}

/**
 * Counts the SSE token events the page receives on /api/chat, by teeing fetch responses before the
 * widget loads. Shows the answer really arrived as a stream, whatever the network chunking.
 */
export async function countTokenEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = window as unknown as { __oimTokenEvents: number };
    counter.__oimTokenEvents = 0;
    const originalFetch = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await originalFetch(...args);
      if (!(response.headers.get('content-type') ?? '').includes('text/event-stream')) return response;
      void response
        .clone()
        .text()
        .then((text) => (counter.__oimTokenEvents += (text.match(/^event: ?token\r?$/gm) ?? []).length));
      return response;
    };
  });
}

export function tokenEventCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __oimTokenEvents: number }).__oimTokenEvents);
}
