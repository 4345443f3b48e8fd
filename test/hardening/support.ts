// Shared pieces of the hardening tests: raw HTTP (bytes the fetch API would refuse to send), the
// checks every response must pass, metric reading, and throw-away corpus folders.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { chatAnswerSchema } from '../../src/contract/api.js';
import { CORPUS_DIR, METRICS_AUTH } from '../helpers/server.js';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  text: string;
  json: unknown;
}

export interface RawRequest {
  method: string;
  /** Sent as is on the request line: may hold bytes a URL parser would reject. */
  target: string;
  headers?: Array<[string, string | Buffer]>;
  body?: Buffer | string;
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!size) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

export function parseRawResponse(raw: Buffer): RawResponse {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`no complete response head in ${JSON.stringify(raw.toString('latin1').slice(0, 200))}`);
  const [statusLine, ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] = headers[name] ? `${headers[name]}, ${line.slice(colon + 1).trim()}` : line.slice(colon + 1).trim();
  }
  let body = raw.subarray(split + 4);
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  const text = body.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body, text, json };
}

/** One request on its own connection (Connection: close), bytes exactly as given. */
export function rawRequest(baseUrl: string, request: RawRequest, timeoutMs = 20_000): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const body = request.body === undefined ? null : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
  const head: Buffer[] = [
    Buffer.from(`${request.method} `, 'latin1'),
    Buffer.from(request.target, 'latin1'),
    Buffer.from(` HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n`, 'latin1'),
  ];
  for (const [name, value] of request.headers ?? [])
    head.push(Buffer.from(`${name}: `, 'latin1'), Buffer.isBuffer(value) ? value : Buffer.from(value, 'latin1'), Buffer.from('\r\n'));
  if (body) head.push(Buffer.from(`Content-Length: ${body.length}\r\n`));
  head.push(Buffer.from('\r\n'));
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const received: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no response within ${timeoutMs} ms to ${request.method} ${request.target.slice(0, 80)}`));
    }, timeoutMs);
    socket.on('data', (d: Buffer) => received.push(d));
    socket.on('error', (error) => {
      clearTimeout(timer);
      // A reset after a complete response is fine (the server closed first).
      if (received.length) resolve(parseRawResponse(Buffer.concat(received)));
      else reject(error);
    });
    socket.on('end', () => {
      clearTimeout(timer);
      try {
        resolve(parseRawResponse(Buffer.concat(received)));
      } catch (error) {
        reject(error);
      }
    });
    socket.write(Buffer.concat(body ? [...head, body] : head));
  });
}

/** `{"error":{"code","message"}}` with a 4xx status: how every refusal must look. */
export function expectJsonClientError(res: { status: number; json: unknown; headers: Record<string, string> }, context = ''): void {
  expect(res.status, context).toBeGreaterThanOrEqual(400);
  expect(res.status, context).toBeLessThan(500);
  expect(res.headers['content-type'] ?? '', context).toMatch(/application\/json/);
  const error = (res.json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  expect(typeof error?.code, context).toBe('string');
  expect(typeof error?.message, context).toBe('string');
  // Never a stack trace or an internal path.
  expect(JSON.stringify(res.json), context).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|\/src\//);
}

/** The chat API's answer shape (src/contract), with scores as similarities. */
export function expectChatAnswer(json: unknown, context = ''): void {
  const parsed = chatAnswerSchema.safeParse(json);
  expect(parsed.success ? [] : parsed.error.issues, context).toEqual([]);
}

/** Sum of a metric's samples whose labels include `labels`, from the Prometheus text format. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) total += Number(match[3]);
  }
  return total;
}

export async function scrape(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/metrics`, { headers: METRICS_AUTH });
  expect(res.status).toBe(200);
  return res.text();
}

export async function postChat(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A temp copy of the real corpus, plus extra files; removed by cleanup(). */
export function corpusCopy(extra: Record<string, string> = {}): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'oim-hardening-corpus-'));
  const dir = path.join(root, 'corpus');
  cpSync(CORPUS_DIR, dir, { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** URLs and Markdown images in a text. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/!\[[^\]]*\]\([^)]*\)|\b(?:https?|ftp|javascript|data):[^\s)\]>"']+|\bwww\.[^\s)\]>"']+/gi)].map((m) => m[0]);
}
