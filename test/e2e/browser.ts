// Reusable headless Chromium for end-to-end tests: Debian's chromium driven by playwright-core
// (`npx playwright install` cannot run here), plus helpers for axe-core and artifacts.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Collects uncaught page errors and console errors so a test can assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** An axe violation reduced to what a failing assertion should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const require = createRequire(import.meta.url);

/**
 * Runs axe-core in the page and returns the violations at or above serious. `include` is a CSS
 * selector of the element to check; axe descends into open shadow roots below it.
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async (selector) => {
    type Result = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[] }> } }).axe;
    const context = selector ? { include: [[selector]] } : document;
    const { violations } = await axe.run(context, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
      }));
  }, include ?? null);
}

async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  const axePath = require.resolve('axe-core');
  try {
    await page.addScriptTag({ path: axePath });
  } catch {
    // A page with a strict CSP (as a careful host site has) refuses the inline script tag;
    // DevTools evaluation is not subject to the page's CSP.
    await page.evaluate(await readFile(axePath, 'utf8'));
  }
}

export const ARTIFACTS_DIR = path.resolve(process.cwd(), 'test-artifacts');

/** Absolute path for a test artifact (git-ignored folder), creating the folder if needed. */
export async function artifactPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}
