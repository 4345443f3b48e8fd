// What the server answers in the second or so between binding its port and having its app loaded
// (main.ts binds first: importing the app takes seconds on a busy machine, and an orchestrator's
// liveness probe must not fail meanwhile). Plain node:http, nothing else to load.
import type { IncomingMessage, ServerResponse } from 'node:http';

function json(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function startingHandler(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/healthz') json(res, 200, { status: 'ok', build: null, phase: 'starting' });
  else if (path === '/readyz') json(res, 503, { status: 'starting', build: null, rebuild: { pending: false } }, { 'Retry-After': '1' });
  else {
    req.resume();
    json(
      res,
      503,
      { error: { code: 'starting', message: 'The assistant is starting. Try again in a moment.' } },
      { 'Retry-After': '1', Connection: 'close' },
    );
  }
}
