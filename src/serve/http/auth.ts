// Token guards: the staff page and the fact checker (STAFF_TOKEN), the admin reload (ADMIN_TOKEN)
// and the metrics (METRICS_TOKEN). A guard without a configured token lets everything through,
// except where the caller says the route must stay closed (admin).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

/** The secret a request presents: a Bearer token, or (when allowed) the password of Basic auth. */
export function presentedSecret(authorization: string | undefined, allowBasic: boolean): string | null {
  if (!authorization) return null;
  const [scheme, value = ''] = authorization.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return value || null;
  if (allowBasic && /^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : null;
  }
  return null;
}

/** Constant-time comparison: both sides are hashed first, so lengths do not leak either. */
export function secretMatcher(secret: string): (candidate: string | null) => boolean {
  const expected = createHash('sha256').update(secret, 'utf8').digest();
  return (candidate) => candidate !== null && timingSafeEqual(createHash('sha256').update(candidate, 'utf8').digest(), expected);
}

export interface TokenGuardOptions {
  /** The configured token; undefined means the route is open (or closed, with closedWhenUnset). */
  token: string | undefined;
  realm: string;
  /** Accept `Authorization: Basic` with the token as password (any user name), for browsers. */
  allowBasic?: boolean;
  /** Without a token the route answers 404, as if it did not exist. */
  closedWhenUnset?: boolean;
  /** Names the variable in the 401 message. */
  variable: string;
}

export function tokenGuard(options: TokenGuardOptions): RequestHandler {
  if (!options.token) {
    if (!options.closedWhenUnset) return (_req, _res, next) => next();
    return (req, _res, next) => next(new HttpError(404, 'not_found', `No route for ${req.method} ${req.path}.`));
  }
  const matches = secretMatcher(options.token);
  const challenges = [
    `Bearer realm="${options.realm}"`,
    ...(options.allowBasic ? [`Basic realm="${options.realm}", charset="UTF-8"`] : []),
  ];
  const how = options.allowBasic
    ? `Authorization: Bearer <${options.variable}> (or basic auth with it as the password)`
    : `Authorization: Bearer <${options.variable}>`;
  return (req, _res, next) => {
    if (matches(presentedSecret(req.get('authorization'), options.allowBasic ?? false))) return next();
    // One header line per challenge: browsers (Chromium) read a line as one challenge, so a Basic
    // challenge joined after a Bearer one on the same line never brought up their login prompt.
    next(new HttpError(401, 'unauthorized', `This route needs ${how}.`, undefined, { 'WWW-Authenticate': challenges }));
  };
}

/**
 * /staff (the fact checker's and the insights' pages), /api/verify, /api/insights and the evidence
 * snapshots /a/<id>: open when STAFF_TOKEN is unset, otherwise token or basic auth.
 */
export function staffAuth(token: string | undefined): RequestHandler {
  return tokenGuard({ token, realm: 'OIM staff', allowBasic: true, variable: 'STAFF_TOKEN' });
}

export const STAFF_PATHS = ['/staff', '/api/verify', '/api/insights', '/a'];
