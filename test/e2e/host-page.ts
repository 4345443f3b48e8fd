// A separate "customer website" on its own origin that embeds the widget with one script tag.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostPageOptions {
  /** Base URL of the assistant serving /widget.js. */
  assistantUrl: string;
  htmlLang?: string;
  /** Extra attributes on the script tag, e.g. { 'data-lang': 'en' }. */
  scriptAttributes?: Record<string, string>;
  /** Host site CSS, to check it does not leak into the widget. */
  hostCss?: string;
}

export interface HostPage {
  url: string;
  origin: string;
  /**
   * Changes what the next page load embeds. The API often has to be started after the host page,
   * because it must be told the host's origin (ALLOWED_ORIGINS) before it listens.
   */
  configure(options: Partial<HostPageOptions>): void;
  close(): Promise<void>;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export async function startHostPage(initial: HostPageOptions): Promise<HostPage> {
  let options = initial;
  const server = createServer((req, res) => {
    const { html, css, csp } = render(options);
    if (req.url === '/site.css') {
      res.writeHead(200, { 'Content-Type': 'text/css' }).end(css);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(html);
  });
  server.listen(0);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  // "localhost" rather than 127.0.0.1: a different origin from the API even on the same machine.
  const origin = `http://localhost:${port}`;
  return {
    url: `${origin}/`,
    origin,
    configure: (changes) => (options = { ...options, ...changes }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function render(options: HostPageOptions): { html: string; css: string; csp: string } {
  const attrs = Object.entries(options.scriptAttributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('');
  const html = `<!doctype html>
<html lang="${escapeAttr(options.htmlLang ?? 'en')}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner site</title>
<link rel="stylesheet" href="/site.css">
<script src="${escapeAttr(options.assistantUrl)}/widget.js" defer${attrs}></script>
</head>
<body><main><h1>Partner site</h1><p>Some page content.</p><button type="button" id="host-button">Host button</button></main></body>
</html>`;
  const css = options.hostCss ?? 'body { font-family: serif; }';
  // A strict policy, as a careful host site would have: the widget must work without 'unsafe-inline'.
  const csp = `default-src 'self'; script-src 'self' ${options.assistantUrl}; connect-src ${options.assistantUrl}; style-src 'self'; img-src 'self'`;
  return { html, css, csp };
}
