import { readFile } from 'node:fs/promises';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { widgetRoutes } from '../../src/serve/widget/routes.js';

const app = express().use(widgetRoutes());

describe('widgetRoutes', () => {
  it('serves the bundle as cross-origin loadable, cacheable JavaScript', async () => {
    const res = await request(app).get('/widget.js').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/javascript/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
    expect(res.headers.etag).toBeTruthy();
    expect(res.text).toContain('OIMAssistant');
    // An IIFE bundle: no ES module syntax left for a classic <script>.
    expect(res.text).not.toMatch(/^\s*(import|export)\s/m);
    await request(app).get('/widget.js').set('If-None-Match', res.headers.etag).expect(304);
  });

  it('never renders received text through innerHTML or outerHTML', async () => {
    const res = await request(app).get('/widget.js').expect(200);
    expect(res.text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('serves a bilingual demo page that embeds the widget like a host site, with nothing inline', async () => {
    const res = await request(app).get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toMatch(/<script src="\/widget\.js" defer/);
    expect(res.text).toContain('lang="fr"');
    expect(res.text).toContain('lang="en"');
    expect(res.text).not.toMatch(/<style|<script>|\son[a-z]+=/i);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('serves the demo stylesheet as written and its script bundled for the browser, not its TypeScript source', async () => {
    const css = await request(app).get('/widget-demo.css').expect(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.text).toBe(await readFile(new URL('../../src/widget/demo/demo.css', import.meta.url), 'utf8'));
    const js = await request(app).get('/widget-demo.js').expect(200);
    expect(js.headers['content-type']).toMatch(/^application\/javascript/);
    const source = await readFile(new URL('../../src/widget/demo/demo.ts', import.meta.url), 'utf8');
    expect(js.text).not.toBe(source);
    expect(js.text).toContain('data-oim-ask');
    // Bundled: its import inlined, no module syntax, no type annotation left.
    expect(js.text).not.toMatch(/^\s*(import|export)\s/m);
    expect(js.text).not.toMatch(/:\s*(Element|string|boolean)\b/);
    expect(js.text).toMatch(/^("use strict";)?\(\(\)=>\{/);
  });
});
