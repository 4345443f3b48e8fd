// What the server answers between binding its port and having its app and index loaded (main.ts
// binds first: importing the app takes seconds on a busy machine, and an orchestrator's liveness
// probe must not fail meanwhile). Plain node:http, nothing else to load.
//
// A visitor's request that arrives meanwhile is held and handed to the app once it serves, not
// refused: in a cluster the port is shared, and a worker still loading would otherwise answer 503
// to every other request while its sibling already serves. Held requests are bounded in number
// and in time, past which they get the same 503 "starting" with Retry-After as before.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * How long a request waits for the app. The app and its index loaded in 2–6 s in the start-up
 * test on a 2-core machine at load 7 (under 1 s idle); 10 s covers that with room, and stays
 * below the server's request timeout (REQUEST_TIMEOUT_MS, 30 s by default), which would cut it.
 */
const HOLD_MS = 10_000;
/** Requests held at once; past this a start-up burst is refused at once rather than buffered. */
const MAX_HELD = 256;

function json(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function refuseStarting(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  json(
    res,
    503,
    { error: { code: 'starting', message: 'The assistant is starting. Try again in a moment.' } },
    { 'Retry-After': '1', Connection: 'close' },
  );
}

interface Held {
  req: IncomingMessage;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

export interface StartingPhase {
  handler(req: IncomingMessage, res: ServerResponse): void;
  /** The app now answers on `server`: the held requests are given to it, in their order of arrival. */
  handOver(server: Server): void;
}

export function startingPhase({ holdMs = HOLD_MS, maxHeld = MAX_HELD } = {}): StartingPhase {
  const held = new Set<Held>();
  return {
    handler(req, res) {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/healthz') return json(res, 200, { status: 'ok', build: null, phase: 'starting' });
      if (path === '/readyz')
        return json(res, 503, { status: 'starting', build: null, rebuild: { pending: false } }, { 'Retry-After': '1' });
      if (held.size >= maxHeld) return refuseStarting(req, res);
      const entry: Held = {
        req,
        res,
        timer: setTimeout(() => {
          held.delete(entry);
          refuseStarting(req, res);
        }, holdMs),
      };
      held.add(entry);
      res.once('close', () => {
        clearTimeout(entry.timer);
        held.delete(entry);
      });
    },
    handOver(server) {
      for (const entry of [...held]) {
        clearTimeout(entry.timer);
        held.delete(entry);
        server.emit('request', entry.req, entry.res);
      }
    },
  };
}
