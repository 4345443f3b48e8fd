// The server's own request and response classes (src/serve/http/prototypes.ts): an app that adopts
// their prototypes serves as Express does (req.app, req.ip, res.json, properties given to
// app.request before), and Express no longer changes a request's prototype; a second app on the
// same server keeps Express's own per-request prototypes.
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createHardenedServer, listening, type HardenedServer } from '../../src/serve/http/connections.js';
import { adoptPrototypes } from '../../src/serve/http/prototypes.js';

const SETTINGS = { headersTimeoutMs: 5000, requestTimeoutMs: 5000, keepAliveTimeoutMs: 5000, maxConnections: 0, perAddress: 0 };

let open: HardenedServer[] = [];
afterEach(async () => {
  await Promise.all(open.map(({ server }) => new Promise((resolve) => server.close(resolve))));
  open = [];
});

/** An app answering with what its request looked like as Express handed it over. */
function probeApp() {
  const app = express();
  Object.defineProperty(app.request, 'probe', { configurable: true, get: () => 'from app.request' });
  app.get('/probe', (req, res) => {
    res.json({
      sameApp: req.app === app,
      ip: req.ip,
      probe: (req as unknown as { probe: string }).probe,
      prototypeIsAppRequest: Object.getPrototypeOf(req) === app.request,
    });
  });
  return app;
}

async function serve(app: express.Express): Promise<{ url: string; hardened: HardenedServer; adopted: boolean }> {
  const hardened = createHardenedServer(app, SETTINGS);
  open.push(hardened);
  const adopted = adoptPrototypes(hardened.messages, app);
  await listening(hardened.server, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${(hardened.server.address() as AddressInfo).port}`, hardened, adopted };
}

describe('adopted request and response prototypes', () => {
  it('serve as Express does, with the request born with the app prototype', async () => {
    const app = probeApp();
    const { url, hardened, adopted } = await serve(app);
    expect(adopted).toBe(true);
    expect(app.request).toBe(hardened.messages.IncomingMessage.prototype);
    const body = await (await fetch(`${url}/probe`)).json();
    expect(body).toEqual({ sameApp: true, ip: '127.0.0.1', probe: 'from app.request', prototypeIsAppRequest: true });
  });

  it('are left to the first app: another app on the same classes keeps its own', () => {
    const hardened = createHardenedServer(() => {}, SETTINGS);
    const first = express();
    const second = express();
    const secondOwn = second.request;
    expect(adoptPrototypes(hardened.messages, first)).toBe(true);
    expect(adoptPrototypes(hardened.messages, second)).toBe(false);
    expect(second.request).toBe(secondOwn);
    expect(adoptPrototypes(hardened.messages, first)).toBe(true);
  });
});
