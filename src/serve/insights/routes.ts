// The insights routes (issue 12):
//   POST /api/feedback            a visitor's verdict on an answer (public; CORS and rate limit in createServer)
//   GET  /api/insights            the report for ?from=&to= as JSON
//   GET  /api/insights/export     the turns of the period, ?format=csv|json
//   GET  /staff/insights          the insights page, French or English
//   GET  /a/<id>, /a/<id>.json    the evidence snapshot of one answer
// All but feedback are staff routes: createServer guards them with STAFF_TOKEN (http/auth.ts's STAFF_PATHS).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import type { Language } from '../../contract/api.js';
import { answerIdSchema, exportQuerySchema, feedbackRequestSchema, rangeQuerySchema } from '../../contract/insights.js';
import { EXPORT_MAX_TURNS, turnsToCsv, turnsToJson } from '../../insights/export.js';
import { moduleFile } from '../../lib/moduleFile.js';
import { type InsightsService, InsightsUnavailableError } from '../../insights/service.js';
import { bundleBrowserScript } from '../http/bundle.js';
import { HttpError, parseOr400, requireJson } from '../http/errors.js';
import { once } from '../http/once.js';
import { fillTemplate, pageLanguage, sendPage } from '../http/pages.js';
import { staffPageTemplate } from '../staff/routes.js';
import { INSIGHTS_STRINGS } from './page/i18n.js';
import { renderSnapshotPage } from './snapshotPage.js';

const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));

export function renderInsightsPage(template: string, language: Language): string {
  return fillTemplate(template, language, INSIGHTS_STRINGS[language]);
}

/** A database that cannot be reached is a 503 the client may retry, not a 500. */
function available<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (error instanceof InsightsUnavailableError)
      throw new HttpError(503, 'insights_unavailable', 'The insights database is unavailable. Try again in a moment.', undefined, {
        'Retry-After': '5',
      });
    throw error;
  });
}

const today = () => new Date().toISOString().slice(0, 10);

export function insightsRoutes(insights: InsightsService): Router {
  const router = Router();
  const template = once(() =>
    staffPageTemplate(`${PAGE_DIR}body.html`, { style: '/staff/insights/app.css', script: '/staff/insights/app.js' }),
  );
  const script = once(() => bundleBrowserScript(moduleFile('./page/app.ts', import.meta.url)));
  const style = once(() => readFile(`${PAGE_DIR}app.css`, 'utf8'));

  router.post('/api/feedback', requireJson, async (req, res) => {
    const { answerId, rating, comment } = parseOr400(feedbackRequestSchema, req.body);
    if (!(await available(insights.feedback(answerId, rating, comment || undefined))))
      throw new HttpError(404, 'unknown_answer', 'No answer with this answerId is on record.');
    res.status(201).json({ answerId, rating });
  });

  router.get('/api/insights', async (req, res) => {
    const range = parseOr400(rangeQuerySchema(today()), req.query);
    res.set('Cache-Control', 'no-store').json(await available(insights.report(range)));
  });

  router.get('/api/insights/export', async (req, res) => {
    const range = parseOr400(rangeQuerySchema(today()), { from: req.query.from, to: req.query.to });
    const { format } = parseOr400(exportQuerySchema, { format: req.query.format });
    const turns = await available(insights.exportTurns(range, EXPORT_MAX_TURNS));
    const name = `oim-questions-${range.from}-${range.to}.${format}`;
    res.set('Content-Disposition', `attachment; filename="${name}"`).set('Cache-Control', 'no-store');
    if (format === 'json') res.json({ range, turns: turnsToJson(turns) });
    else res.type('text/csv; charset=utf-8').send(turnsToCsv(turns));
  });

  router.get('/staff/insights', async (req, res) => {
    res.vary('Accept-Language');
    sendPage(res, 'text/html; charset=utf-8', renderInsightsPage(await template(), pageLanguage(req)), 'no-store');
  });
  router.get('/staff/insights/app.js', async (_req, res) => sendPage(res, 'application/javascript; charset=utf-8', await script()));
  router.get('/staff/insights/app.css', async (_req, res) => sendPage(res, 'text/css; charset=utf-8', await style()));

  router.get('/a/:id', async (req, res) => {
    const raw = String(req.params.id);
    const json = raw.endsWith('.json');
    const id = json ? raw.slice(0, -'.json'.length) : raw;
    const snapshot = answerIdSchema.safeParse(id).success ? await available(insights.snapshot(id)) : null;
    if (!snapshot) throw new HttpError(404, 'unknown_answer', 'No answer with this id is on record.');
    if (json) {
      res.set('Cache-Control', 'no-store').json(snapshot);
      return;
    }
    res.vary('Accept-Language');
    sendPage(res, 'text/html; charset=utf-8', renderSnapshotPage(snapshot, pageLanguage(req)), 'no-store');
  });
  return router;
}
