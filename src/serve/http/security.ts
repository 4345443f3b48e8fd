// Security headers (helmet); the HTTP server's own limits are in connections.ts.
// - Pages (the demo at / and the staff page under /staff) get a Content-Security-Policy with
//   scripts and styles from this origin only: no 'unsafe-inline', no eval, nothing framed.
// - API and other responses get a policy that allows nothing at all (they are data, not pages).
// - /widget.js is made to be loaded by other sites: Cross-Origin-Resource-Policy cross-origin and
//   no embedder policy, so partner pages (even ones with COEP) can use it.
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

const SELF = "'self'";
const NONE = "'none'";

export const PAGE_CSP = {
  defaultSrc: [SELF],
  scriptSrc: [SELF],
  scriptSrcAttr: [NONE],
  styleSrc: [SELF],
  connectSrc: [SELF],
  imgSrc: [SELF, 'data:'],
  fontSrc: [SELF],
  objectSrc: [NONE],
  baseUri: [NONE],
  formAction: [SELF],
  frameAncestors: [NONE],
};

const DATA_CSP = { defaultSrc: [NONE], baseUri: [NONE], formAction: [NONE], frameAncestors: [NONE] };

function options(csp: Record<string, string[]>, resourcePolicy: 'same-origin' | 'cross-origin'): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: csp },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: resourcePolicy },
    // Sent only over HTTPS by browsers' rules; subdomains are the operator's business, not ours.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  };
}

export function isPagePath(path: string): boolean {
  const p = path.toLowerCase();
  return p === '/' || p === '/staff' || p.startsWith('/staff/') || p.startsWith('/a/');
}

function isWidgetScript(path: string): boolean {
  return path.toLowerCase() === '/widget.js';
}

export function securityHeaders(): RequestHandler {
  const page = helmet(options(PAGE_CSP, 'same-origin'));
  const widget = helmet(options(DATA_CSP, 'cross-origin'));
  const data = helmet(options(DATA_CSP, 'same-origin'));
  return (req, res, next) => {
    const chosen = isWidgetScript(req.path) ? widget : isPagePath(req.path) ? page : data;
    chosen(req, res, next);
  };
}
