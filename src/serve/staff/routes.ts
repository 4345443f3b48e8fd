// What the staff pages (the fact checker's and the insights') share on the server: the layout every
// page's body goes into, and GET /staff/base.css, the sheet every page links before its own. The
// layout has no inline script or style, so the page CSP (script-src 'self', no 'unsafe-inline') holds.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { once } from '../http/once.js';
import { sendPage } from '../http/pages.js';

const STAFF_DIR = fileURLToPath(new URL('./', import.meta.url));

export const STAFF_BASE_CSS = '/staff/base.css';

/** A page's template: the shared layout around the page's body file, linking its own sheet and script. */
export async function staffPageTemplate(bodyFile: string, assets: { style: string; script: string }): Promise<string> {
  const [layout, body] = await Promise.all([readFile(`${STAFF_DIR}layout.html`, 'utf8'), readFile(bodyFile, 'utf8')]);
  const parts: Record<string, string> = { pageStyle: assets.style, pageScript: assets.script, pageBody: body.trimEnd() };
  // Filled before the language's strings: the body's own {{placeholders}} are left for fillTemplate.
  return layout.replace(/\{\{(pageStyle|pageScript|pageBody)\}\}/g, (_placeholder, key: string) => parts[key]);
}

export function staffRoutes(): Router {
  const router = Router();
  const style = once(() => readFile(`${STAFF_DIR}base.css`, 'utf8'));
  router.get(STAFF_BASE_CSS, async (_req, res) => sendPage(res, 'text/css; charset=utf-8', await style()));
  return router;
}
