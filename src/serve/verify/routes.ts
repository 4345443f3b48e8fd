// POST /api/verify (the fact checker) and the staff page: GET /staff in French or English
// (?lang=, else the browser's Accept-Language), its script /staff/app.js (bundled from app.ts on
// first request) and /staff/app.css, its own rules after the staff pages' shared /staff/base.css
// (staff/routes.ts, whose layout the page's body goes into). The page has no inline script or
// style, so the page CSP (script-src 'self', no 'unsafe-inline') applies as is.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { bundleBrowserScript } from '../http/bundle.js';
import { disconnectSignal } from '../http/disconnect.js';
import { parseOr400, requireJson } from '../http/errors.js';
import { once } from '../http/once.js';
import { clientKey } from '../http/rateLimit.js';
import { fillTemplate, pageLanguage, sendPage as send } from '../http/pages.js';
import type { ServiceState } from '../state.js';
import { staffPageTemplate } from '../staff/routes.js';
import { type Language, verifyRequestSchema } from '../../contract/api.js';
import { moduleFile } from '../../lib/moduleFile.js';
import { STAFF_STRINGS } from './staff/i18n.js';

const STAFF_DIR = fileURLToPath(new URL('./staff/', import.meta.url));

export function renderStaffPage(template: string, language: Language): string {
  return fillTemplate(template, language, STAFF_STRINGS[language]);
}

export function verifyRoutes(state: ServiceState): Router {
  const router = Router();
  const template = once(() => staffPageTemplate(`${STAFF_DIR}body.html`, { style: '/staff/app.css', script: '/staff/app.js' }));
  const script = once(() => bundleBrowserScript(moduleFile('./staff/app.ts', import.meta.url)));
  const style = once(() => readFile(`${STAFF_DIR}app.css`, 'utf8'));

  router.post('/api/verify', requireJson, async (req, res) => {
    const { claim } = parseOr400(verifyRequestSchema, req.body);
    const verifier = state.requireVerifier();
    // A client that leaves stops the model call behind its request (none without a model).
    const signal = disconnectSignal(res, verifier);
    const result = await verifier.verify(claim, { signal, client: clientKey(req) });
    if (!signal?.aborted) res.json(result);
  });

  router.get('/staff', async (req, res) => {
    const language = pageLanguage(req);
    res.vary('Accept-Language');
    send(res, 'text/html; charset=utf-8', renderStaffPage(await template(), language));
  });
  router.get('/staff/app.js', async (_req, res) => send(res, 'application/javascript; charset=utf-8', await script()));
  router.get('/staff/app.css', async (_req, res) => send(res, 'text/css; charset=utf-8', await style()));
  return router;
}
