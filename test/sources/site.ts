// A small website for crawl tests and the crawl bench, served on a free loopback port: routes are
// data (status, headers, body) that a test can change between crawls; ETag and Last-Modified are
// honoured (304 on a match); every request is logged with the status it got.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  /** Content-Type (default text/html; charset=utf-8). */
  type?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Answer with an ETag (a hash of the body) and honour If-None-Match. Default true for 200s. */
  etag?: boolean;
  lastModified?: string;
  /** Send the body this slowly, in chunks (for size caps: the crawler must stop reading early). */
  chunked?: boolean;
}

export interface LoggedRequest {
  path: string;
  status: number;
  userAgent: string;
}

export class TestSite {
  readonly routes = new Map<string, Route | ((req: IncomingMessage) => Route)>();
  readonly log: LoggedRequest[] = [];
  private server: Server | null = null;
  origin = '';

  route(path: string, route: Route | ((req: IncomingMessage) => Route)): this {
    this.routes.set(path, route);
    return this;
  }

  redirect(from: string, to: string, status = 301): this {
    return this.route(from, { status, headers: { location: to }, body: '' });
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  /** Requests since `since` (an index into log), by path. */
  requestsSince(since: number): LoggedRequest[] {
    return this.log.slice(since);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('#')[0];
      const found = this.routes.get(path);
      const route: Route = typeof found === 'function' ? found(req) : (found ?? { status: 404, body: 'not found', etag: false });
      const status = route.status ?? 200;
      const body = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : Buffer.from(route.body ?? '');
      const headers: Record<string, string> = { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers };
      if (status === 200 && route.etag !== false) headers.etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (route.lastModified) headers['last-modified'] = route.lastModified;
      const notModified =
        status === 200 &&
        ((headers.etag && req.headers['if-none-match'] === headers.etag) ||
          (!headers.etag && route.lastModified && req.headers['if-modified-since'] === route.lastModified));
      const answered = notModified ? 304 : status;
      this.log.push({ path, status: answered, userAgent: String(req.headers['user-agent'] ?? '') });
      if (notModified) {
        res.writeHead(304, { etag: headers.etag ?? '' }).end();
        return;
      }
      if (route.chunked) {
        res.writeHead(status, headers);
        let sent = 0;
        const step = 64 * 1024;
        const pump = () => {
          if (res.destroyed || sent >= body.length) return void res.end();
          res.write(body.subarray(sent, sent + step), () => setImmediate(pump));
          sent += step;
        };
        pump();
        return;
      }
      res.writeHead(status, { ...headers, 'content-length': String(body.length) }).end(body);
    });
    this.server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.origin;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}
