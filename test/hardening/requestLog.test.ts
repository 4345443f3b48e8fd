// req.log (src/serve/http/logger.ts) is one accessor on the requests' prototype, never a property
// of each request (which gave every request a V8 map of its own and kept its objects alive until a
// full collection), and still writes the request's id on every line.
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, requestLogger } from '../../src/serve/http/logger.js';

describe('req.log', () => {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      callback();
    },
  });
  let url = '';
  let close = () => {};
  beforeAll(async () => {
    const app = express();
    app.use(requestLogger(createLogger('info', destination)));
    app.get('/probe', (req, res) => {
      req.log.warn('probe line');
      res.json({ ownLog: Object.hasOwn(req, 'log') });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('is not a property of the request, and its lines carry the request id', async () => {
    const res = await fetch(`${url}/probe`, { headers: { 'X-Request-Id': 'probe-1' } });
    expect(await res.json()).toEqual({ ownLog: false });
    const line = lines.find((l) => l.msg === 'probe line');
    expect(line?.req).toMatchObject({ id: 'probe-1', method: 'GET', path: '/probe' });
  });

  it('keeps each request its own logger when two are in flight', async () => {
    await Promise.all(['a-1', 'b-2'].map((id) => fetch(`${url}/probe`, { headers: { 'X-Request-Id': id } })));
    const ids = lines.filter((l) => l.msg === 'probe line').map((l) => (l.req as { id: string }).id);
    expect(ids).toEqual(expect.arrayContaining(['a-1', 'b-2']));
  });
});
