// Security headers (helmet) and HTTP server limits.
// - Pages (the demo at / and the staff page under /staff) get a Content-Security-Policy with
//   scripts and styles from this origin only: no 'unsafe-inline', no eval, nothing framed.
// - API and other responses get a policy that allows nothing at all (they are data, not pages).
// - /widget.js is made to be loaded by other sites: Cross-Origin-Resource-Policy cross-origin and
//   no embedder policy, so partner pages (even ones with COEP) can use it.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import { SERVER_LIMITS } from './limits.js';
import type { Logger } from './logger.js';

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

function clientErrorResponse(code: string | undefined): [number, string, string] {
  if (code === 'HPE_HEADER_OVERFLOW') return [431, 'headers_too_large', 'The request headers are too large.'];
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return [408, 'request_timeout', 'The request took too long to arrive.'];
  return [400, 'bad_request', 'The request is not valid HTTP.'];
}

/**
 * Timeouts against slow senders, and JSON 4xx answers (not Node's bare ones) for requests it cannot
 * parse or an Expect header it cannot meet.
 */
export function hardenServer(server: Server, logger?: Logger): void {
  server.headersTimeout = SERVER_LIMITS.headersTimeoutMs;
  server.requestTimeout = SERVER_LIMITS.requestTimeoutMs;
  server.keepAliveTimeout = SERVER_LIMITS.keepAliveTimeoutMs;
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    logger?.warn({ expect: String(req.headers.expect ?? '').slice(0, 64) }, 'unmet Expect header refused');
    res.writeHead(417, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
    res.end(JSON.stringify({ error: { code: 'expectation_failed', message: 'Only "Expect: 100-continue" is supported.' } }));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, code, message] = clientErrorResponse(error.code);
    logger?.warn({ clientError: { code: error.code ?? 'unknown', status } }, 'unparseable request refused');
    const body = JSON.stringify({ error: { code, message } });
    socket.end(
      `HTTP/1.1 ${status} ${code.replace(/_/g, ' ')}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
