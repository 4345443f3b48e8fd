// Socket hygiene (issue 13): the HTTP server's timeouts hold to their settings, every answer to a
// request that timed out or could not be parsed closes the connection, and open connections are
// capped overall and per address, refused beyond that with an immediate close (no bytes sent).
// Node's own parts are used where they exist (maxConnections, headersTimeout, requestTimeout);
// the per-address count is ours because Node has none.
import http, { type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { ipKeyGenerator } from 'express-rate-limit';
import { type Config, connectionsPerAddress } from '../../config.js';
import { type MessageClasses, messageClasses } from './prototypes.js';

export interface ServerSettings {
  headersTimeoutMs: number;
  /** The whole request, headers and body: a body that never ends is cut at this deadline. */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
  /** Open connections one address may hold (0: no cap). */
  perAddress: number;
}

/**
 * The settings of one process's server. Workers of a cluster each take their part of the caps:
 * the primary hands connections out in turn, so together they hold to the configured totals.
 */
export function serverSettings(config: Config, workers = 1): ServerSettings {
  const part = (cap: number) => (cap > 0 ? Math.max(1, Math.ceil(cap / workers)) : 0);
  return {
    headersTimeoutMs: config.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: config.KEEP_ALIVE_TIMEOUT_MS,
    maxConnections: part(config.MAX_CONNECTIONS),
    perAddress: part(connectionsPerAddress(config)),
  };
}

/** What the server reports; read at each event, so the app can give them after the server started (main.ts). */
export interface ConnectionEvents {
  refused?(reason: 'total' | 'address'): void;
  /** A request answered 4xx by the server itself (unparseable, timed out, an Expect it cannot meet). */
  clientError?(detail: Record<string, unknown>, message: string): void;
}

/**
 * How often Node checks its connections against headersTimeout and requestTimeout. Its default (30 s)
 * let a 30 s deadline run to 60 s; a quarter of the shortest timeout, at most 1 s, keeps each within
 * a second of its setting for the cost of walking the open connections once a second.
 */
export function checkingIntervalMs(settings: Pick<ServerSettings, 'headersTimeoutMs'>): number {
  return Math.max(100, Math.min(1000, Math.floor(settings.headersTimeoutMs / 4)));
}

/** Where a connection comes from, grouped as the rate limits group it (IPv6 by /56). */
function addressKey(socket: Socket): string {
  return socket.remoteAddress ? ipKeyGenerator(socket.remoteAddress) : 'unknown';
}

export class ConnectionCounter {
  private readonly byAddress = new Map<string, number>();
  open = 0;

  constructor(
    private readonly perAddress: number,
    /** Read at each refusal, so a listener can be given after the server started (main.ts). */
    readonly events: ConnectionEvents = {},
  ) {}

  /** Counts a new connection, or destroys it at once when its address holds its share already. */
  admit(socket: Socket): void {
    const key = addressKey(socket);
    const held = this.byAddress.get(key) ?? 0;
    if (this.perAddress > 0 && held >= this.perAddress) {
      this.events.refused?.('address');
      socket.destroy();
      return;
    }
    this.byAddress.set(key, held + 1);
    this.open++;
    socket.once('close', () => {
      this.open--;
      const left = (this.byAddress.get(key) ?? 1) - 1;
      if (left > 0) this.byAddress.set(key, left);
      else this.byAddress.delete(key);
    });
  }

  heldBy(address: string): number {
    return this.byAddress.get(ipKeyGenerator(address)) ?? 0;
  }
}

function clientErrorResponse(code: string | undefined): [number, string, string] {
  if (code === 'HPE_HEADER_OVERFLOW') return [431, 'headers_too_large', 'The request headers are too large.'];
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'ERR_HTTP_HEADERS_TIMEOUT')
    return [408, 'request_timeout', 'The request took too long to arrive.'];
  return [400, 'bad_request', 'The request is not valid HTTP.'];
}

/** JSON answers (not Node's bare ones) to requests it cannot parse or that timed out, then the socket is closed. */
function answerClientErrors(server: Server, events: ConnectionEvents): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, code, message] = clientErrorResponse(error.code);
    events.clientError?.({ clientError: { code: error.code ?? 'unknown', status } }, 'unparseable request refused');
    const body = JSON.stringify({ error: { code, message } });
    // end() alone half-closes: the server's side stayed open until the client closed its own, which
    // an idle-socket flood never does. The socket is destroyed once the answer is written.
    socket.end(
      `HTTP/1.1 ${status} ${code.replace(/_/g, ' ')}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      () => socket.destroy(),
    );
    // A peer that reads nothing cannot hold the socket open by leaving the answer unread.
    setTimeout(() => socket.destroy(), 1000).unref();
  });
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    events.clientError?.({ expect: String(req.headers.expect ?? '').slice(0, 64) }, 'unmet Expect header refused');
    res.writeHead(417, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
    res.end(JSON.stringify({ error: { code: 'expectation_failed', message: 'Only "Expect: 100-continue" is supported.' } }));
  });
}

export interface HardenedServer {
  server: Server;
  connections: ConnectionCounter;
  /** The classes its requests and responses are made from, whose prototypes the app adopts (prototypes.ts). */
  messages: MessageClasses;
}

export function listening(server: Server, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve(server)));
}

/** An HTTP server with the timeouts, caps and client-error answers above, serving `handler`. */
export function createHardenedServer(handler: RequestListener, settings: ServerSettings, events: ConnectionEvents = {}): HardenedServer {
  const messages = messageClasses();
  const server = http.createServer(
    {
      IncomingMessage: messages.IncomingMessage,
      ServerResponse: messages.ServerResponse,
      connectionsCheckingInterval: checkingIntervalMs(settings),
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
    },
    handler,
  );
  server.keepAliveTimeout = settings.keepAliveTimeoutMs;
  server.maxConnections = settings.maxConnections;
  const connections = new ConnectionCounter(settings.perAddress, events);
  server.on('drop', () => connections.events.refused?.('total'));
  // Before Node's own listener sets up a parser for it, so a refused socket costs nothing more.
  server.prependListener('connection', (socket: Socket) => connections.admit(socket));
  answerClientErrors(server, events);
  return { server, connections, messages };
}
