// Serves the widget bundle and the demo page. The bundle is built with esbuild on first request and
// kept in memory, so `npm start` and the tests need no separate build step.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response } from 'express';
import { moduleFile } from '../../lib/moduleFile.js';
import { bundleBrowserScript } from '../http/bundle.js';
import { once } from '../http/once.js';

const WIDGET_ENTRY = moduleFile('../../widget/widget.ts', import.meta.url);
const DEMO_SCRIPT = moduleFile('../../widget/demo/demo.ts', import.meta.url);
const DEMO_DIR = fileURLToPath(new URL('../../widget/demo/', import.meta.url));

export function buildWidgetBundle(): Promise<string> {
  return bundleBrowserScript(WIDGET_ENTRY);
}

interface Asset {
  body: string;
  etag: string;
}

function asset(body: string): Asset {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** Loads once (see once), with the ETag of what was loaded. */
function cached(load: () => Promise<string>): () => Promise<Asset> {
  return once(() => load().then(asset));
}

// The demo page carries no inline script or style, so it can be served under a strict CSP: this also
// shows that the widget itself needs no 'unsafe-inline' on a host page.
const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function widgetRoutes(): express.Router {
  const router = express.Router();
  const widget = cached(buildWidgetBundle);
  const demoFile = (name: string) => cached(() => readFile(`${DEMO_DIR}${name}`, 'utf8'));

  router.get(
    '/widget.js',
    serve(widget, 'application/javascript; charset=utf-8', (res) => {
      // Any site may load the script; CORS for the API itself is decided by ALLOWED_ORIGINS elsewhere.
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    }),
  );
  router.get('/widget-demo.css', serve(demoFile('demo.css'), 'text/css; charset=utf-8'));
  router.get(
    '/widget-demo.js',
    serve(
      cached(() => bundleBrowserScript(DEMO_SCRIPT)),
      'application/javascript; charset=utf-8',
    ),
  );
  router.get(
    '/',
    serve(demoFile('index.html'), 'text/html; charset=utf-8', (res) => {
      res.setHeader('Content-Security-Policy', DEMO_CSP);
    }),
  );
  return router;
}

function serve(load: () => Promise<Asset>, contentType: string, extraHeaders?: (res: Response) => void) {
  return async (req: Request, res: Response): Promise<void> => {
    const { body, etag } = await load();
    res.setHeader('Content-Type', contentType);
    // Short max-age plus ETag: host pages pick up a new release within minutes, revalidation is cheap.
    res.setHeader('Cache-Control', 'public, max-age=300, must-revalidate');
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    extraHeaders?.(res);
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.send(body);
  };
}
